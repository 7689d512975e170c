package org.alliancegraph.exchange;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** {@code multipart/form-data} uploads and binary downloads over real HTTP, for the exchange tests. */
public final class Multipart {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	/** An answer whose body is kept as bytes (a zip) and as text. */
	public record Reply(int status, String contentType, String location, byte[] bytes) {

		public String text() {
			return new String(bytes, StandardCharsets.UTF_8);
		}

		public tools.jackson.databind.JsonNode json() {
			return JSON.readTree(bytes);
		}
	}

	private Multipart() {
	}

	/** @param files part name → content; each part carries that name as its file name too */
	public static Reply post(int port, String path, Map<String, byte[]> files, String user, String password) {
		String boundary = "----alliance-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		files.forEach((name, content) -> {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
					+ name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(port, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", basic(user, password))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	public static Reply get(int port, String path) {
		return send(port, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
	}

	public static Map<String, byte[]> text(Map<String, String> files) {
		Map<String, byte[]> bytes = new java.util.LinkedHashMap<>();
		files.forEach((name, content) -> bytes.put(name, content.getBytes(StandardCharsets.UTF_8)));
		return bytes;
	}

	private static Reply send(int port, HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null), response.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}
}
