package org.alliancegraph.reference;

import java.util.List;

import org.alliancegraph.web.NotFoundException;
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

	@GetMapping("/{vocabulary}")
	List<ReferenceEntry> entries(@PathVariable String vocabulary) {
		return Vocabulary.byPath(vocabulary)
			.map(vocabularies::entries)
			.orElseThrow(() -> new NotFoundException("Le vocabulaire", vocabulary));
	}
}
