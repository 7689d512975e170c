package org.alliancegraph.exchange;

import java.util.Map;
import java.util.UUID;

/** A {@code multipart/form-data} body of text files, for tests that upload over real HTTP. */
record Multipart(String contentType, String body) {

	/** @param files part name → content; each part carries the same file name */
	static Multipart of(Map<String, String> files) {
		String boundary = "----alliance-" + UUID.randomUUID();
		StringBuilder body = new StringBuilder();
		files.forEach((name, content) -> body.append("--").append(boundary).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"").append(name)
			.append("\"\r\n")
			.append("Content-Type: application/octet-stream\r\n\r\n")
			.append(content)
			.append("\r\n"));
		body.append("--").append(boundary).append("--\r\n");
		return new Multipart("multipart/form-data; boundary=" + boundary, body.toString());
	}
}
