package cn.ronghe.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What went wrong reading a JSON request body, in the terms of the API's problems: the property at
 * fault as a client names it ({@code comment}, {@code days[0].date}, {@code users[1]}) and a
 * message.
 */
final class JsonBodyProblems {

  /** Deeper than this, a path names no field a person could find. */
  private static final int MAX_DEPTH = 20;

  private JsonBodyProblems() {}

  /** The property Jackson was reading when it failed; {@code null} for the body as a whole. */
  static String field(Throwable cause) {
    if (cause instanceof JsonMappingException mapping) {
      return path(mapping.getPath());
    }
    if (cause instanceof StreamConstraintsException) {
      return null;
    }
    if (cause instanceof JsonProcessingException parsing
        && parsing.getProcessor() instanceof JsonParser parser) {
      return path(parser.getParsingContext());
    }
    return null;
  }

  /**
   * Whether the body was JSON but did not fit the request (a wrong type, an unknown property),
   * rather than not JSON at all (bad syntax, bad bytes, too deep), which Jackson may report wrapped
   * in a mapping exception with the path it was at.
   */
  static boolean isMismatch(Throwable cause) {
    if (!(cause instanceof JsonMappingException)) {
      return false;
    }
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonParseException
          || t instanceof StreamConstraintsException
          || t instanceof CharacterCodingException) {
        return false;
      }
    }
    return true;
  }

  /** Why a property could not be read into the request. */
  static String message(Throwable cause) {
    if (cause instanceof UnrecognizedPropertyException) {
      return "请求中没有该字段";
    }
    if (cause instanceof MismatchedInputException) {
      return "类型不正确";
    }
    return "无法读取";
  }

  /** Why the body could not be read at all. */
  static String detail(Throwable cause) {
    if (cause == null) {
      return "缺少请求内容";
    }
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StreamConstraintsException) {
        return "请求内容嵌套过深或过大";
      }
      if (t instanceof CharacterCodingException) {
        return "请求内容不是有效的 UTF-8";
      }
      if (t instanceof JsonParseException p && p.getOriginalMessage().startsWith("Duplicate")) {
        return "字段重复";
      }
    }
    return "请求内容不是有效的 JSON";
  }

  private static String path(List<JsonMappingException.Reference> references) {
    if (references.isEmpty() || references.size() > MAX_DEPTH) {
      return null;
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      append(path, reference.getFieldName(), reference.getIndex());
    }
    return path.isEmpty() ? null : path.toString();
  }

  private static String path(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    if (chain.isEmpty() || chain.size() > MAX_DEPTH) {
      return null;
    }
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c : chain) {
      if (c.inObject()) {
        if (c.getCurrentName() == null) {
          break;
        }
        append(path, c.getCurrentName(), -1);
      } else {
        append(path, null, c.getCurrentIndex());
      }
    }
    return path.isEmpty() ? null : path.toString();
  }

  private static void append(StringBuilder path, String name, int index) {
    if (name != null) {
      path.append(path.isEmpty() ? "" : ".").append(name);
    } else if (index >= 0) {
      path.append('[').append(index).append(']');
    }
  }
}
