package org.alliancegraph.neo4j;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CypherScriptTests {

	@Test
	void shouldSplitOnSemicolonsOutsideStringsAndComments() {
		String text = """
				// a comment; with a semicolon
				CREATE (:A {name: 'x;y'});
				/* block; comment */ MATCH (n) WHERE n.s = "a;\\"b" RETURN n;
				MATCH (`odd;name`) RETURN 1
				""";

		assertThat(CypherScript.parse(text).statements()).containsExactly("CREATE (:A {name: 'x;y'})",
				"MATCH (n) WHERE n.s = \"a;\\\"b\" RETURN n", "MATCH (`odd;name`) RETURN 1");
	}

	@Test
	void shouldIgnoreEmptyStatements() {
		assertThat(CypherScript.parse(" ;\n; // nothing\n").statements()).isEmpty();
	}

	@Test
	void shouldRejectAnUnclosedString() {
		assertThatIllegalArgumentException().isThrownBy(() -> CypherScript.parse("RETURN 'open"));
	}
}
