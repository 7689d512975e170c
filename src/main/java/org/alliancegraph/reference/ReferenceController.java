package org.alliancegraph.reference;

import java.util.List;

import org.alliancegraph.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Vocabulaires / Vocabularies", description = "Secteurs, domaines, ODD, leviers… / sectors, domains, SDGs, levers…")
@RequestMapping("/api/v1/reference")
class ReferenceController {

	private final ReferenceVocabularies vocabularies;

	ReferenceController(ReferenceVocabularies vocabularies) {
		this.vocabularies = vocabularies;
	}

	@Operation(summary = "Un vocabulaire de référence / A reference vocabulary",
			description = "Ses codes avec leurs libellés français et anglais. / "
					+ "Its codes with their French and English labels.")
	@GetMapping("/{vocabulary}")
	List<ReferenceEntry> entries(@Parameter(schema = @Schema(allowableValues = { "sectors"
	, "partnership-types", "domains",
			"sdgs"
			, "levers", "funding-instruments", "catalyst-missions", "indicators" })) @PathVariable String vocabulary) {
		return Vocabulary.byPath(vocabulary)
			.map(vocabularies::entries)
			.orElseThrow(() -> new NotFoundException("Le vocabulaire", vocabulary));
	}
}
