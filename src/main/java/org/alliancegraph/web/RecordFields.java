package org.alliancegraph.web;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.Map;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The fields of the records the API reads and writes, as the code declares them (every package is
 * {@code @NullMarked}): a component without {@code @Nullable} is always in the JSON, so it is required; one with it
 * may be null, so its type admits null. A request component that the validation demands says so with
 * {@code @Schema(requiredMode = REQUIRED)} and stays required; its type is not widened, a null being refused.
 */
final class RecordFields implements ModelConverter {

	private static final Class<io.swagger.v3.oas.annotations.media.Schema> DEMANDED =
			io.swagger.v3.oas.annotations.media.Schema.class;

	@Override
	public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context,
			Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema<?> resolved = chain.next().resolve(type, context, chain);
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (resolved == null || !raw.isRecord()) {
			return resolved;
		}
		Schema<?> model = resolved.get$ref() == null ? resolved
				: context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
		Map<String, Schema> properties = model == null ? null : model.getProperties();
		if (properties == null) {
			return resolved;
		}
		for (RecordComponent component : raw.getRecordComponents()) {
			Schema<?> property = properties.get(component.getName());
			if (property == null) {
				continue;
			}
			boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
			boolean demanded = component.getAccessor().isAnnotationPresent(DEMANDED)
					&& component.getAccessor().getAnnotation(DEMANDED).requiredMode() == RequiredMode.REQUIRED;
			if (!nullable || demanded) {
				if (model.getRequired() == null || !model.getRequired().contains(component.getName())) {
					model.addRequiredItem(component.getName());
				}
			}
			else if (property.get$ref() == null && property.getTypes() != null) {
				property.addType("null");
			}
		}
		return resolved;
	}
}
