package org.alliancegraph.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7396, {@code application/merge-patch+json}): a patch object replaces the members it names,
 * a {@code null} member removes one, a nested object is merged the same way, anything else (a list included)
 * replaces the whole value. The patched content is read as the resource's request, as strictly as a PUT body.
 */
@Component
public class MergePatch {

	public static final String MEDIA_TYPE = "application/merge-patch+json";

	private final JsonMapper json;

	MergePatch(JsonMapper json) {
		this.json = json;
	}

	/**
	 * {@code current} with {@code patch} applied, read as {@code type}: 400 when the patch is not an object or the
	 * result is not a valid body of that type (an unknown field, a value of the wrong type), naming the field.
	 */
	public <R> R apply(R current, JsonNode patch, Class<R> type) {
		if (!patch.isObject()) {
			throw new InvalidInputException(HttpStatus.BAD_REQUEST, List.of(new InputError(JsonInputErrors.BODY,
					null, "un patch de fusion (RFC 7396) est un objet JSON")));
		}
		try {
			return json.treeToValue(merge(json.valueToTree(current), patch), type);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException(HttpStatus.BAD_REQUEST, List.of(JsonInputErrors.of(ex)));
		}
	}

	private static JsonNode merge(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch;
		}
		ObjectNode merged = target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
		for (Map.Entry<String, JsonNode> member : patch.properties()) {
			if (member.getValue().isNull()) {
				merged.remove(member.getKey());
			}
			else {
				JsonNode existing = merged.get(member.getKey());
				merged.set(member.getKey(), merge(existing == null ? MissingNode.getInstance() : existing, member.getValue()));
			}
		}
		return merged;
	}
}
