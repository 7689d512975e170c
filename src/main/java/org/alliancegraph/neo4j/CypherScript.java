package org.alliancegraph.neo4j;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code .cypher} file split into statements on the semicolons that stand outside strings, quoted
 * names and comments — the way Neo4j Browser and cypher-shell read such files.
 */
record CypherScript(List<String> statements) {

	static CypherScript parse(String text) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
				int end = text.indexOf('\n', i);
				i = end < 0 ? text.length() : end;
				continue;
			}
			if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
				int end = text.indexOf("*/", i + 2);
				i = end < 0 ? text.length() : end + 2;
				continue;
			}
			if (c == '\'' || c == '"' || c == '`') {
				int end = closingQuote(text, i);
				current.append(text, i, end);
				i = end;
				continue;
			}
			if (c == ';') {
				addIfNotBlank(statements, current);
				current.setLength(0);
			}
			else {
				current.append(c);
			}
			i++;
		}
		addIfNotBlank(statements, current);
		return new CypherScript(List.copyOf(statements));
	}

	/** Index just past the quote closing the one at {@code start}; backslash escapes are honoured. */
	private static int closingQuote(String text, int start) {
		char quote = text.charAt(start);
		int i = start + 1;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\\' && quote != '`') {
				i += 2;
				continue;
			}
			if (c == quote) {
				return i + 1;
			}
			i++;
		}
		throw new IllegalArgumentException("Chaîne non fermée dans le script Cypher (position " + start + ")");
	}

	private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
		String trimmed = statement.toString().strip();
		if (!trimmed.isEmpty()) {
			statements.add(trimmed);
		}
	}
}
