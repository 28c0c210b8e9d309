package cn.ronghe.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read as sent, never guessed at: a property the request does not have, a
 * property given twice, a number or boolean where text is expected (and the reverse), a fraction
 * where a whole number is expected, a blank string for a boolean are each a 400 naming the property
 * (see {@code ApiExceptionHandler}), not silently dropped or converted. Nesting deeper than
 * Jackson's limit (1000) is refused by Jackson itself.
 */
@Configuration
class JsonConfig {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
    return builder ->
        builder
            .featuresToEnable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .postConfigurer(
                mapper -> {
                  mapper
                      .coercionConfigFor(LogicalType.Textual)
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                  // 1.5 is not a whole number (nor an id): not rounded down to 1.
                  mapper
                      .coercionConfigFor(LogicalType.Integer)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                  // "" or "   " is not a boolean, number or object either.
                  mapper
                      .coercionConfigDefaults()
                      .setAcceptBlankAsEmpty(false)
                      .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                });
  }
}
