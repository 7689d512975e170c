package org.alliancegraph.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses every JSON body holding a text with a character of {@link ControlCharacters}: each such text, wherever it
 * is in the body (a record's field, a list's element, a map's key or value), is an error at its path
 * ({@code actors[3].description}) with its value, and nothing is written (422). Checked on the request bodies
 * only, once bound: what the service reads back from its own files (job views, import journals) keeps whatever it
 * stored.
 */
@ControllerAdvice
class TextInputAdvice extends RequestBodyAdviceAdapter {

	/** Longer values are shown cut, with their forbidden character kept in view. */
	private static final int SHOWN = 200;

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		InputErrors errors = new InputErrors();
		check(body, "", errors);
		errors.throwIfAny();
		return body;
	}

	private static void check(Object value, String path, InputErrors errors) {
		if (value instanceof String text) {
			int index = ControlCharacters.firstForbidden(text);
			if (index >= 0) {
				errors.add(path, shown(text, index), ControlCharacters.messageFr(text, index));
			}
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				if (list.get(i) != null) {
					check(list.get(i), path + "[" + i + "]", errors);
				}
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> {
				String at = join(path, String.valueOf(k));
				if (k != null) {
					check(k, at, errors);
				}
				if (v != null) {
					check(v, at, errors);
				}
			});
		}
		else if (value instanceof Record record && record.getClass().getName().startsWith("org.alliancegraph.")) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				Object field = read(component, record);
				if (field != null) {
					check(field, join(path, component.getName()), errors);
				}
			}
		}
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			var accessor = component.getAccessor();
			accessor.setAccessible(true);
			return accessor.invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read " + component, ex);
		}
	}

	private static String join(String path, String field) {
		return path.isEmpty() ? field : path + "." + field;
	}

	private static String shown(String text, int index) {
		if (text.length() <= SHOWN) {
			return text;
		}
		int from = Math.max(0, Math.min(index - SHOWN / 2, text.length() - SHOWN));
		return (from > 0 ? "…" : "") + text.substring(from, from + SHOWN) + (from + SHOWN < text.length() ? "…" : "");
	}
}
