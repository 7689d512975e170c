package org.alliancegraph.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

	private final ImportService imports;

	private final ReferentialImportService referential;

	ImportController(ImportService imports, ReferentialImportService referential) {
		this.imports = imports;
		this.referential = referential;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ImportResult importDocument(@RequestBody ImportDocument document,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		return imports.apply(document, dryRun);
	}

	/**
	 * The French territory referential (administrators): the parts {@code regions.json}, {@code departements.json},
	 * {@code epci.json} and {@code communes.json}, each named so by its part name or its file name.
	 */
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
