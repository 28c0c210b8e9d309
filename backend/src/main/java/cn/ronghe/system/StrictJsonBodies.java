package cn.ronghe.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A JSON request body is at most {@value #MAX_BYTES} bytes (413 {@code body.too-large}) and valid
 * UTF-8, as RFC 8259 requires (400 {@code malformed-body}). Jackson's own decoder lets some invalid
 * sequences through (the overlong C0 AF becomes "/"), so the bytes are checked with the JDK's
 * strict decoder before Jackson reads them.
 */
@ControllerAdvice
class StrictJsonBodies extends RequestBodyAdviceAdapter {

  /** Far above any form of the API (its longest text is 4,000 characters). */
  static final int MAX_BYTES = 1024 * 1024;

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
  }

  @Override
  public HttpInputMessage beforeBodyRead(
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType)
      throws IOException {
    byte[] body = input.getBody().readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "body.too-large", "请求内容过大（上限 1 MB）");
    }
    MediaType type = input.getHeaders().getContentType();
    Charset charset = type == null ? null : type.getCharset();
    if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(body));
      } catch (CharacterCodingException e) {
        throw new HttpMessageNotReadableException("The request body is not UTF-8", e, input);
      }
    }
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(body);
      }

      @Override
      public HttpHeaders getHeaders() {
        return input.getHeaders();
      }
    };
  }
}
