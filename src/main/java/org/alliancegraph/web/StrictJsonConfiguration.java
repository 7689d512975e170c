package org.alliancegraph.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as written, never guessed at: a field the target does not have is an error (as an unknown CSV
 * column is), and so is a value of another JSON type than the field's: no number or boolean read as a text, no
 * text read as a number, no decimal cut to an integer, no number read as a date (Jackson would take
 * {@code 20240101} for a count of days). An integer is still a valid decimal. A property given twice in one object
 * and anything after the body's value are refused too. Every such error keeps its JSON path and the value sent,
 * which {@link ProblemDetailsAdvice} turns into a French problem.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		return builder -> builder
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
					DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.withCoercionConfig(LogicalType.Textual, c -> fail(c, CoercionInputShape.Integer, CoercionInputShape.Float,
					CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Integer, c -> fail(c, CoercionInputShape.Float, CoercionInputShape.String,
					CoercionInputShape.EmptyString, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Float, c -> fail(c, CoercionInputShape.String, CoercionInputShape.EmptyString,
					CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Boolean, c -> fail(c, CoercionInputShape.Integer, CoercionInputShape.Float,
					CoercionInputShape.String, CoercionInputShape.EmptyString))
			.withCoercionConfig(LogicalType.DateTime, c -> fail(c, CoercionInputShape.Integer, CoercionInputShape.Float,
					CoercionInputShape.EmptyString))
			.withCoercionConfig(LogicalType.Collection, c -> fail(c, CoercionInputShape.EmptyString))
			.withCoercionConfig(LogicalType.Map, c -> fail(c, CoercionInputShape.EmptyString))
			.withCoercionConfig(LogicalType.POJO, c -> fail(c, CoercionInputShape.EmptyString))
			.addHandler(new ValueShowingProblems());
	}

	private static void fail(tools.jackson.databind.cfg.MutableCoercionConfig config, CoercionInputShape... shapes) {
		for (CoercionInputShape shape : shapes) {
			config.setCoercion(shape, CoercionAction.Fail);
		}
	}

	/**
	 * Where Jackson would report a value of the wrong shape without the value (a text where a list is expected,
	 * an object where a text is), reports it with the value: the text or number as sent, {@code {…}} for an object,
	 * {@code […]} for a list.
	 */
	static final class ValueShowingProblems extends DeserializationProblemHandler {

		@Override
		public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
				JsonParser parser, String failureMessage) {
			throw InvalidFormatException.from(parser, failureMessage, shown(parser, token), targetType.getRawClass());
		}

		@Override
		public Object handleMissingInstantiator(DeserializationContext context, Class<?> instanceClass,
				ValueInstantiator instantiator, JsonParser parser, String message) {
			throw InvalidFormatException.from(parser, message, shown(parser, parser.currentToken()), instanceClass);
		}

		private static Object shown(JsonParser parser, JsonToken token) {
			if (token == null) {
				return null;
			}
			return switch (token) {
				case START_OBJECT, PROPERTY_NAME -> "{…}";
				case START_ARRAY -> "[…]";
				case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
				case VALUE_TRUE -> Boolean.TRUE;
				case VALUE_FALSE -> Boolean.FALSE;
				case VALUE_NULL -> null;
				default -> parser.getString();
			};
		}
	}
}
