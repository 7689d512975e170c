package org.alliancegraph.exchange.referential;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.exchange.importing.ImportResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** {@code POST /api/v1/imports/territories}: the import of the French territory referential of API.md. */
@RestController
@Tag(name = "Référentiel / Referential", description = "Le référentiel territorial officiel (INSEE) / the official territorial referential")
@RequestMapping("/api/v1/imports")
class ReferentialImportController {

	private final ReferentialImportService referential;

	ReferentialImportController(ReferentialImportService referential) {
		this.referential = referential;
	}

	/**
	 * The French territory referential (administrators): the parts {@code regions.json}, {@code departements.json},
	 * {@code epci.json} and {@code communes.json}, each named so by its part name or its file name.
	 */
	@Operation(summary = "Importe le référentiel territorial français / Import the French territory referential",
			description = "ADMIN ; regions.json, departements.json, epci.json, communes.json au format de "
					+ "@etalab/decoupage-administratif. / ADMIN; regions.json, departements.json, epci.json, "
					+ "communes.json as @etalab/decoupage-administratif publishes them.")
	@PostMapping(path = "/territories", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportResult importTerritories(MultipartHttpServletRequest request,
			@RequestParam(defaultValue = "false") boolean dryRun, Authentication user) throws IOException {
		if (user.getAuthorities().stream().noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
			throw new AccessDeniedException("referential");
		}
		Map<String, MultipartFile> parts = new HashMap<>();
		request.getMultiFileMap().values().stream().flatMap(List::stream).forEach(file -> {
			for (String name : ReferentialFiles.NAMES) {
				String bare = name.substring(0, name.length() - ".json".length());
				if (name.equals(file.getName()) || bare.equals(file.getName())
						|| name.equals(file.getOriginalFilename())) {
					parts.put(name, file);
				}
			}
		});
		return referential.apply(new ReferentialFiles() {
			@Override
			public InputStream open(String name) throws IOException {
				return parts.get(name).getInputStream();
			}

			@Override
			public List<String> missing() {
				return ReferentialFiles.NAMES.stream().filter(n -> !parts.containsKey(n)).toList();
			}
		}, dryRun);
	}
}
