package cn.ronghe.security;

import cn.ronghe.support.ApiClient;
import cn.ronghe.workflow.form.FormField;
import cn.ronghe.workflow.form.FormSchema;
import cn.ronghe.workflow.form.FormValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The hostile payloads of the bad-input corpus, and what each must get. They are generated from a
 * valid request of an endpoint (its {@link Baseline}) by changing one thing at a time: a path
 * variable, a field of the body (by what the field takes: its {@link Kind}), the body as a whole,
 * the uploaded file. Every payload is either
 *
 * <ul>
 *   <li>{@link Refused}: a 4xx problem with this status and code, naming this field, and nothing
 *       stored; or
 *   <li>{@link Accepted}: a 2xx, and the text it carried stored verbatim (hostile text in a
 *       free-text field is valid text: it must be kept as typed and shown inert, not refused).
 * </ul>
 */
final class BadInputCorpus {

  static final ObjectMapper JSON = new ObjectMapper();

  private BadInputCorpus() {}

  /** The kinds of bad input, for the figures. */
  enum Category {
    WRONG_TYPE("TYPE", "wrong JSON type"),
    MISSING("MISS", "missing, null or blank"),
    EXTRA_FIELD("XTRA", "field not in the request, form or not writable"),
    DUPLICATE_FIELD("DUP", "field given twice"),
    OVERSIZED("SIZE", "oversized string, list or file (and the limit itself)"),
    INVALID_DATE("DATE", "invalid date"),
    EXPRESSION("EXPR", "${...} #{...} {{...}} expressions"),
    SCRIPT_HTML("HTML", "script and HTML"),
    PATH_TRAVERSAL("PATH", "path traversal"),
    SQL("SQL", "SQL metacharacters"),
    INVALID_UTF8("UTF8", "invalid UTF-8 and control bytes"),
    DEEP_JSON("DEEP", "deeply nested JSON"),
    HUGE_NUMBER("NUM", "huge numbers, NaN, Infinity"),
    BAD_ID("ID", "negative, non-numeric or unknown ids and keys"),
    MALFORMED("MALF", "malformed JSON or multipart body"),
    CONTENT_TYPE("CTYP", "wrong content type"),
    WRONG_FILE("FILE", "file of a refused type or content"),
    IGNORED("IGN", "input the endpoint does not take");

    /** A short name for the table's columns. */
    final String code;

    final String label;

    Category(String code, String label) {
      this.code = code;
      this.label = label;
    }
  }

  // ---- What a field takes ----

  /** What a field of a request takes, which decides what each hostile value must get. */
  sealed interface Kind
      permits Text, Known, Date, Flag, Items, Fields, Form, NewPassword, NumberId, Whole {}

  /** Free text of at most {@code max} UTF-16 units: hostile text is valid, kept verbatim. */
  record Text(int max, boolean required) implements Kind {}

  /**
   * A value that must name something that exists (a user, an option, a step, an account, a task):
   * any other is refused with {@code status} and {@code code}, naming the field if {@code named};
   * longer than {@code max} (if given) it is a 400 naming the field.
   */
  record Known(boolean required, int status, String code, boolean named, Integer max)
      implements Kind {}

  /** An ISO date ({@code yyyy-MM-dd}) of a real day; {@code alsoRefused}: valid dates refused. */
  record Date(boolean required, List<String> alsoRefused) implements Kind {}

  /**
   * A JSON number naming something that exists (an organisation): text, a fraction, a huge or an
   * unknown number is a 400 naming the field.
   */
  record NumberId(boolean required) implements Kind {}

  /**
   * A whole number within [min, max] that may be left out (one of several in a map) but is never
   * null: text, a fraction, a huge number or one out of bounds is a 400 naming the field; the
   * bounds themselves are accepted.
   */
  record Whole(int min, int max) implements Kind {}

  /** A JSON boolean, optional. */
  record Flag() implements Kind {}

  /** A JSON array of at most {@code max} items of a kind. */
  record Items(int max, boolean required, Kind item) implements Kind {}

  /** A JSON object with these fields. */
  record Fields(Map<String, Kind> fields) implements Kind {}

  /** The values of the fixture's Camunda form, each field of the kind its schema gives. */
  record Form() implements Kind {}

  /** A new password: hostile text that meets the password rule is a valid password. */
  record NewPassword() implements Kind {}

  static Text text(int max) {
    return new Text(max, true);
  }

  static Text optionalText(int max) {
    return new Text(max, false);
  }

  static Known known() {
    return new Known(true, 400, "validation", true, null);
  }

  /** A login's user name or password: a wrong one is a 401 that names nothing. */
  static Known credential(int max) {
    return new Known(true, 401, "auth.bad-credentials", false, max);
  }

  /** A task id in a list: an unknown one is that task's 404. */
  static Known task() {
    return new Known(true, 404, "not-found", false, null);
  }

  static Date date(String... alsoRefused) {
    return new Date(true, List.of(alsoRefused));
  }

  /** What a path variable takes. */
  enum PathKind {
    /** A string id or key: anything unknown is a 404. */
    TEXT_ID,
    /** A numeric id: not a number is a 400 naming it, an unknown number a 404. */
    NUMBER_ID,
    /** A year the calendar keeps (2000–2100): anything else is a 400 naming it. */
    YEAR
  }

  // ---- What a payload must get ----

  sealed interface Expected permits Refused, Accepted {}

  /**
   * A 4xx problem with this status; this {@code code} and a field named {@code field} (or inside
   * it: {@code days} covers {@code days[0].date}) unless they are {@code null}; nothing stored.
   */
  record Refused(int status, String code, String field) implements Expected {}

  /** A 2xx; {@code stored}, unless {@code null}, is then found verbatim in the database. */
  record Accepted(String stored) implements Expected {}

  static Refused invalid(String field) {
    return new Refused(400, "validation", field);
  }

  static Refused malformed(String field) {
    return new Refused(400, "malformed-body", field);
  }

  static Refused notFound() {
    return new Refused(404, "not-found", null);
  }

  // ---- Requests ----

  /** Who calls and with what: the values of a valid request, fresh objects to act on. */
  record Fixture(
      String user,
      ApiClient client,
      Map<String, String> path,
      ObjectNode body,
      FormSchema form,
      Upload file) {}

  /** A file to upload: its part name, file name and content. */
  record Upload(String part, String name, byte[] content) {}

  /** A request as it goes on the wire. */
  record Request(String method, String path, String contentType, byte[] body) {}

  /** One hostile payload: what it is, how it is sent for a fixture, and what it must get. */
  record Payload(
      Category category, String what, Function<Fixture, Request> request, Expected expected) {}

  /** A valid request of an endpoint, from which the corpus changes one thing at a time. */
  static final class Baseline {
    final String endpoint;
    final String method;
    final String pattern;
    final String label;
    final Supplier<Fixture> fixtures;
    final Map<String, PathKind> path = new LinkedHashMap<>();
    final Map<String, Kind> body = new LinkedHashMap<>();
    final Set<String> refusalsMayChange = new HashSet<>();
    boolean takesBody;
    boolean bodyRequired = true;
    boolean takesFile;
    boolean takesWorkbook;
    boolean itemised;
    boolean freshFixtureEachPayload;
    boolean keepsFixtureWhenAccepted;
    BiPredicate<Fixture, String> stored;

    Baseline(String endpoint, String label, Supplier<Fixture> fixtures) {
      this.endpoint = endpoint;
      this.method = endpoint.substring(0, endpoint.indexOf(' '));
      this.pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
      this.label = label;
      this.fixtures = fixtures;
    }

    Baseline path(String variable, PathKind kind) {
      path.put(variable, kind);
      return this;
    }

    Baseline body(String field, Kind kind) {
      takesBody = true;
      body.put(field, kind);
      return this;
    }

    /** The body may be left out ({@code @RequestBody(required = false)}). */
    Baseline optionalBody() {
      bodyRequired = false;
      return this;
    }

    Baseline file() {
      takesFile = true;
      return this;
    }

    /** The file is an Excel workbook (.xlsx, at most 5 MB), the fixture's a valid one. */
    Baseline workbook() {
      takesFile = true;
      takesWorkbook = true;
      return this;
    }

    /** The answer is a 200 list with a result per item (batch): the first item is the answer. */
    Baseline itemised() {
      itemised = true;
      return this;
    }

    /** A refusal may legitimately change these tables (a failed login counts the failure). */
    Baseline refusalsMayChange(String... tables) {
      refusalsMayChange.addAll(Arrays.asList(tables));
      return this;
    }

    /** Every payload gets fresh objects (a failed login counts towards a lockout). */
    Baseline freshFixtureEachPayload() {
      freshFixtureEachPayload = true;
      return this;
    }

    /** An accepted payload leaves the objects as they were (a PUT, an upload): no fresh ones. */
    Baseline keepsFixtureWhenAccepted() {
      keepsFixtureWhenAccepted = true;
      return this;
    }

    /** How to tell accepted text was kept, where the database does not show it (a password). */
    Baseline stored(BiPredicate<Fixture, String> check) {
      stored = check;
      return this;
    }

    String name() {
      return endpoint + " (" + label + ")";
    }

    /** The valid request of a fixture. */
    Request valid(Fixture f) {
      return withPath(f, Map.of());
    }

    Request withPath(Fixture f, Map<String, String> rawSegments) {
      String url = url(f, rawSegments);
      if (takesFile) {
        return multipart(url, f.file().part(), f.file().name(), f.file().content());
      }
      if (takesBody) {
        return new Request(method, url, "application/json", bytes(f.body()));
      }
      return new Request(method, url, null, new byte[0]);
    }

    Request json(Fixture f, UnaryOperator<ObjectNode> change) {
      return new Request(
          method, url(f, Map.of()), "application/json", bytes(change.apply(f.body().deepCopy())));
    }

    Request raw(Fixture f, String contentType, byte[] content) {
      return new Request(method, url(f, Map.of()), contentType, content);
    }

    Request multipart(String url, String part, String fileName, byte[] content) {
      return multipart(url, part, fileName.getBytes(StandardCharsets.UTF_8), content);
    }

    Request multipart(String url, String part, byte[] fileName, byte[] content) {
      String boundary = "----corpus" + System.nanoTime();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + part
                  + "\"; filename=\"")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(fileName);
      body.writeBytes(
          "\"\r\nContent-Type: application/octet-stream\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return new Request(
          method, url, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** The pattern with the fixture's values, encoded, except the raw segments given. */
    String url(Fixture f, Map<String, String> rawSegments) {
      String url = pattern;
      for (String variable : path.keySet()) {
        String value =
            rawSegments.containsKey(variable)
                ? rawSegments.get(variable)
                : encode(f.path().get(variable));
        url = url.replace("{" + variable + "}", value);
      }
      return url;
    }
  }

  // ---- Hostile values ----

  /** Text that is valid text: each must be stored as typed and shown inert. */
  static final Map<String, Category> INERT_TEXT = new LinkedHashMap<>();

  static {
    INERT_TEXT.put("<script>window.__pwned=1</script>", Category.SCRIPT_HTML);
    INERT_TEXT.put("<img src=x onerror=alert(1)>", Category.SCRIPT_HTML);
    INERT_TEXT.put("<svg onload=alert(1)>", Category.SCRIPT_HTML);
    INERT_TEXT.put("javascript:alert(1)", Category.SCRIPT_HTML);
    INERT_TEXT.put("${7*7}", Category.EXPRESSION);
    INERT_TEXT.put("#{7*7}", Category.EXPRESSION);
    INERT_TEXT.put("${execution.setVariable(\"pwned\",1)}", Category.EXPRESSION);
    INERT_TEXT.put("{{ 7*7 }}", Category.EXPRESSION);
    INERT_TEXT.put("' or 1=1 --", Category.SQL);
    INERT_TEXT.put("'); drop table task_comment; --", Category.SQL);
    INERT_TEXT.put("../../etc/passwd", Category.PATH_TRAVERSAL);
  }

  /** Values that name nothing that exists: each must be refused where a name is expected. */
  static final Map<String, Category> NOT_A_NAME = new LinkedHashMap<>();

  static {
    NOT_A_NAME.put("<script>alert(1)</script>", Category.SCRIPT_HTML);
    NOT_A_NAME.put("${7*7}", Category.EXPRESSION);
    NOT_A_NAME.put("#{7*7}", Category.EXPRESSION);
    NOT_A_NAME.put("' or 1=1 --", Category.SQL);
    NOT_A_NAME.put("../../etc/passwd", Category.PATH_TRAVERSAL);
  }

  static final List<String> INVALID_DATES =
      List.of(
          "2026-02-30",
          "2026-02-29",
          "2026-13-01",
          "2026-1-1",
          "99999-01-01",
          "yesterday",
          "01/02/2026");

  /** The start of a Windows executable. */
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0};

  // ---- Generation ----

  /** Every payload of a baseline; the sample fixture gives the shape (form fields, values). */
  static List<Payload> of(Baseline b, Fixture sample) {
    List<Payload> out = new ArrayList<>();
    b.path.forEach((variable, kind) -> pathPayloads(b, variable, kind, out));
    if (b.takesBody) {
      b.body.forEach((field, kind) -> field(b, List.of(field), field, kind, sample, out));
      bodyPayloads(b, sample, out);
    } else if (b.takesFile) {
      filePayloads(b, out);
    } else {
      ignoredPayloads(b, out);
    }
    return out;
  }

  private static void pathPayloads(Baseline b, String variable, PathKind kind, List<Payload> out) {
    Map<String, Category> values = new LinkedHashMap<>();
    Map<String, Expected> expected = new LinkedHashMap<>();
    Refused named = invalid(variable);
    switch (kind) {
      case TEXT_ID -> {
        put(values, expected, "no-such-id", Category.BAD_ID, notFound());
        put(values, expected, "-1", Category.BAD_ID, notFound());
        put(values, expected, encode("' or '1'='1"), Category.SQL, notFound());
        put(values, expected, encode("${7*7}"), Category.EXPRESSION, notFound());
        put(
            values,
            expected,
            encode("<img src=x onerror=alert(1)>"),
            Category.SCRIPT_HTML,
            notFound());
        put(values, expected, "a".repeat(2000), Category.OVERSIZED, notFound());
      }
      case NUMBER_ID -> {
        put(values, expected, "abc", Category.BAD_ID, named);
        put(values, expected, "1.5", Category.BAD_ID, named);
        put(values, expected, "-1", Category.BAD_ID, notFound());
        put(values, expected, "0", Category.BAD_ID, notFound());
        put(values, expected, "999999999", Category.BAD_ID, notFound());
        put(values, expected, "99999999999999999999", Category.HUGE_NUMBER, named);
        put(values, expected, "NaN", Category.HUGE_NUMBER, named);
        put(values, expected, encode("1 or 1=1"), Category.SQL, named);
        put(values, expected, encode("${7*7}"), Category.EXPRESSION, named);
      }
      case YEAR -> {
        put(values, expected, "abc", Category.BAD_ID, named);
        put(values, expected, "-1", Category.BAD_ID, named);
        put(values, expected, "1999", Category.BAD_ID, named);
        put(values, expected, "99999", Category.BAD_ID, named);
        put(values, expected, "2026.5", Category.BAD_ID, named);
        put(values, expected, "2147483648", Category.HUGE_NUMBER, named);
        put(values, expected, encode("${7*7}"), Category.EXPRESSION, named);
      }
    }
    // Refused before the application: by Tomcat (encoded "/", bad bytes) or the firewall.
    put(
        values,
        expected,
        "..%2F..%2Fetc%2Fpasswd",
        Category.PATH_TRAVERSAL,
        new Refused(400, "http-400", null));
    put(
        values,
        expected,
        "%2e%2e",
        Category.PATH_TRAVERSAL,
        new Refused(400, "request-rejected", null));
    put(
        values,
        expected,
        "..%252F..%252Fetc",
        Category.PATH_TRAVERSAL,
        new Refused(400, "request-rejected", null));
    put(
        values,
        expected,
        "a;b=c",
        Category.PATH_TRAVERSAL,
        new Refused(400, "request-rejected", null));
    put(values, expected, "%00", Category.INVALID_UTF8, new Refused(400, "http-400", null));
    put(values, expected, "%C3%28", Category.INVALID_UTF8, new Refused(400, "http-400", null));
    values.forEach(
        (value, category) ->
            out.add(
                new Payload(
                    category,
                    "{" + variable + "} = " + abbreviate(value),
                    f -> b.withPath(f, Map.of(variable, value)),
                    expected.get(value))));
  }

  private static void put(
      Map<String, Category> values,
      Map<String, Expected> expected,
      String value,
      Category category,
      Expected outcome) {
    values.put(value, category);
    expected.put(value, outcome);
  }

  /** The payloads of one field at a location of the body ({@code at}: names and indexes). */
  private static void field(
      Baseline b, List<Object> at, String field, Kind kind, Fixture sample, List<Payload> out) {
    Refused named = invalid(field);
    if (kind instanceof Text t) {
      wrongTypes(b, at, field, named, out);
      Expected missing = t.required() ? named : new Accepted(null);
      missing(b, at, field, missing, missing, missing, out);
      add(
          out,
          b,
          Category.OVERSIZED,
          field + " = " + (t.max() + 1) + " × 办",
          at,
          text("办".repeat(t.max() + 1)),
          named);
      add(
          out,
          b,
          Category.OVERSIZED,
          field + " = 100,000 characters",
          at,
          text("a".repeat(100_000)),
          named);
      // 𠮷 is one character but two UTF-16 units: as many as fit, then one more.
      String astral = "𠮷".repeat(t.max() / 2);
      add(
          out,
          b,
          Category.OVERSIZED,
          field + " = " + t.max() / 2 + " × 𠮷 (at the limit)",
          at,
          text(astral),
          new Accepted(astral));
      add(
          out,
          b,
          Category.OVERSIZED,
          field + " = " + (t.max() / 2 + 1) + " × 𠮷",
          at,
          text(astral + "𠮷"),
          named);
      INERT_TEXT.forEach(
          (value, category) -> {
            if (value.length() <= t.max()) {
              add(out, b, category, field + " = " + value, at, text(value), new Accepted(value));
            }
          });
    } else if (kind instanceof Known k) {
      Refused refused = new Refused(k.status(), k.code(), k.named() ? field : null);
      wrongTypes(b, at, field, named, out);
      Expected missing = k.required() ? named : new Accepted(null);
      missing(b, at, field, missing, missing, missing, out);
      Expected tooLong = k.max() != null ? named : refused;
      add(
          out,
          b,
          Category.OVERSIZED,
          field + " = 100,000 characters",
          at,
          text("a".repeat(100_000)),
          tooLong);
      NOT_A_NAME.forEach(
          (value, category) ->
              add(out, b, category, field + " = " + value, at, text(value), refused));
    } else if (kind instanceof Date d) {
      wrongTypes(b, at, field, named, out);
      Expected missing = d.required() ? named : new Accepted(null);
      // blank is not a date, even where a date may be left out
      missing(b, at, field, missing, missing, named, out);
      List<String> dates = new ArrayList<>(INVALID_DATES);
      dates.addAll(d.alsoRefused());
      for (String value : dates) {
        add(out, b, Category.INVALID_DATE, field + " = " + value, at, text(value), named);
      }
      for (String value : List.of("<script>alert(1)</script>", "${7*7}", "' or 1=1 --")) {
        add(out, b, NOT_A_NAME.get(value), field + " = " + value, at, text(value), named);
      }
    } else if (kind instanceof NumberId n) {
      notAWholeNumber(b, at, field, named, out);
      Expected missing = n.required() ? named : new Accepted(null);
      add(out, b, Category.MISSING, field + " left out", at, null, missing);
      add(out, b, Category.MISSING, field + " = null", at, NullNode.getInstance(), missing);
      for (long unknown : new long[] {-1, 999_999_999}) {
        add(out, b, Category.BAD_ID, field + " = " + unknown, at, LongNode.valueOf(unknown), named);
      }
    } else if (kind instanceof Whole w) {
      notAWholeNumber(b, at, field, named, out);
      add(out, b, Category.MISSING, field + " left out", at, null, new Accepted(null));
      add(out, b, Category.MISSING, field + " = null", at, NullNode.getInstance(), named);
      for (int outside : new int[] {w.min() - 1, w.max() + 1}) {
        add(out, b, Category.BAD_ID, field + " = " + outside, at, IntNode.valueOf(outside), named);
      }
      add(
          out,
          b,
          Category.OVERSIZED,
          field + " = " + w.max(),
          at,
          IntNode.valueOf(w.max()),
          new Accepted(null));
    } else if (kind instanceof Flag) {
      add(out, b, Category.WRONG_TYPE, field + " = \"true\"", at, text("true"), named);
      add(out, b, Category.WRONG_TYPE, field + " = 1", at, IntNode.valueOf(1), named);
      add(
          out,
          b,
          Category.WRONG_TYPE,
          field + " = {}",
          at,
          JSON.createObjectNode().put("x", 1),
          named);
      add(out, b, Category.WRONG_TYPE, field + " = []", at, JSON.createArrayNode().add("x"), named);
      missing(b, at, field, new Accepted(null), new Accepted(null), named, out);
    } else if (kind instanceof Items items) {
      add(out, b, Category.WRONG_TYPE, field + " = \"x\"", at, text("x"), named);
      add(out, b, Category.WRONG_TYPE, field + " = 5", at, IntNode.valueOf(5), named);
      add(
          out,
          b,
          Category.WRONG_TYPE,
          field + " = {}",
          at,
          JSON.createObjectNode().put("x", 1),
          named);
      Expected missing = items.required() ? named : new Accepted(null);
      add(out, b, Category.MISSING, field + " left out", at, null, missing);
      add(out, b, Category.MISSING, field + " = null", at, NullNode.getInstance(), missing);
      add(out, b, Category.MISSING, field + " = []", at, JSON.createArrayNode(), missing);
      JsonNode first = at(sample.body(), at).get(0);
      ArrayNode many = JSON.createArrayNode();
      for (int i = 0; i <= items.max(); i++) {
        many.add(first.deepCopy());
      }
      add(
          out,
          b,
          Category.OVERSIZED,
          field + " = " + (items.max() + 1) + " items",
          at,
          many,
          named);
      List<Object> item = new ArrayList<>(at);
      item.add(0);
      field(b, item, field + "[0]", items.item(), sample, out);
    } else if (kind instanceof Fields fields) {
      add(out, b, Category.WRONG_TYPE, field + " = \"x\"", at, text("x"), named);
      add(out, b, Category.WRONG_TYPE, field + " = 5", at, IntNode.valueOf(5), named);
      add(out, b, Category.WRONG_TYPE, field + " = []", at, JSON.createArrayNode().add("x"), named);
      List<Object> extra = new ArrayList<>(at);
      extra.add("extra");
      add(
          out,
          b,
          Category.EXTRA_FIELD,
          field + ".extra = 1",
          extra,
          IntNode.valueOf(1),
          invalid(field + ".extra"));
      fields
          .fields()
          .forEach(
              (name, component) -> {
                List<Object> inner = new ArrayList<>(at);
                inner.add(name);
                field(b, inner, field + "." + name, component, sample, out);
              });
    } else if (kind instanceof Form) {
      formPayloads(b, at, field, sample, out);
    } else if (kind instanceof NewPassword) {
      wrongTypes(b, at, field, named, out);
      missing(b, at, field, named, named, named, out);
      add(
          out,
          b,
          Category.OVERSIZED,
          field + " = 65 characters",
          at,
          text("Aa1!" + "x".repeat(61)),
          named);
      // BCrypt's limit: 72 bytes. 23 Chinese characters and "Aa1" are 72; one more is 75.
      String atLimit = "Aa1" + "密".repeat(23);
      add(
          out,
          b,
          Category.OVERSIZED,
          field + " = 72 bytes",
          at,
          text(atLimit),
          new Accepted(atLimit));
      add(out, b, Category.OVERSIZED, field + " = 75 bytes", at, text(atLimit + "密"), named);
      // Hashed, never shown: one text of each kind is enough.
      Set<Category> tried = new HashSet<>();
      INERT_TEXT.forEach(
          (value, category) -> {
            String password = value + "Aa1!";
            if (password.length() <= 64 && tried.add(category)) {
              add(
                  out,
                  b,
                  category,
                  field + " = " + password,
                  at,
                  text(password),
                  new Accepted(password));
            }
          });
    }
  }

  private static void formPayloads(
      Baseline b, List<Object> at, String field, Fixture sample, List<Payload> out) {
    FormSchema schema = sample.form();
    JsonNode values = at(sample.body(), at);
    Refused named = invalid(field);
    add(out, b, Category.WRONG_TYPE, field + " = []", at, JSON.createArrayNode().add("x"), named);
    add(out, b, Category.WRONG_TYPE, field + " = \"x\"", at, text("x"), named);
    add(out, b, Category.WRONG_TYPE, field + " = 5", at, IntNode.valueOf(5), named);
    String firstRequired = null;
    for (Iterator<String> keys = values.fieldNames(); keys.hasNext() && firstRequired == null; ) {
      String key = keys.next();
      if (schema.field(key).orElseThrow().validate().required()) {
        firstRequired = key;
      }
    }
    Expected missing = firstRequired == null ? new Accepted(null) : invalid(firstRequired);
    add(out, b, Category.MISSING, field + " left out", at, null, missing);
    add(out, b, Category.MISSING, field + " = null", at, NullNode.getInstance(), missing);
    // Process variables the form does not show: a submission may not set them.
    for (String variable : List.of("requester", "initiator", "branchCode")) {
      if (schema.field(variable).isEmpty()) {
        add(
            out,
            b,
            Category.EXTRA_FIELD,
            field + "." + variable + " = admin",
            with(at, variable),
            text("admin"),
            invalid(variable));
      }
    }
    for (FormField f : schema.fields()) {
      if (f.readonly().value() && f.hideWhen().isEmpty() && !values.has(f.key())) {
        add(
            out,
            b,
            Category.EXTRA_FIELD,
            field + "." + f.key() + " (read-only) changed",
            with(at, f.key()),
            text("<b>改</b>"),
            invalid(f.key()));
      }
    }
    for (Iterator<String> keys = values.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      field(b, with(at, key), key, kindOf(schema, schema.field(key).orElseThrow()), sample, out);
    }
  }

  /** What a form field takes, as the form's schema says. */
  private static Kind kindOf(FormSchema schema, FormField f) {
    FormField.Validation v = f.validate();
    if (v.pattern() != null || v.validationType() != null || v.minLength() != null) {
      throw new AssertionError(
          "Form %s, field %s has a pattern, validation type or minLength: BadInputCorpus cannot"
                  .formatted(schema.id(), f.key())
              + " tell which hostile text it accepts; give the baseline other values or teach"
              + " BadInputCorpus.kindOf the rule");
    }
    return switch (f.type()) {
      case "select", "radio" -> new Known(v.required(), 400, "validation", true, null);
      case "datetime" -> {
        if (!"date".equals(f.subtype())) {
          throw new AssertionError("BadInputCorpus.kindOf: no mutations for " + f.subtype());
        }
        yield new Date(v.required(), f.disallowPassedDates() ? List.of("2000-01-01") : List.of());
      }
      case "number", "checkbox", "checklist", "taglist" ->
          throw new AssertionError(
              "BadInputCorpus.kindOf: no mutations for form fields of type %s (form %s, field %s)"
                  .formatted(f.type(), schema.id(), f.key()));
      default ->
          new Text(
              Math.min(
                  v.maxLength() == null ? FormValidator.MAX_TEXT : v.maxLength(),
                  FormValidator.MAX_TEXT),
              v.required());
    };
  }

  private static void wrongTypes(
      Baseline b, List<Object> at, String field, Refused refused, List<Payload> out) {
    add(out, b, Category.WRONG_TYPE, field + " = 12345", at, IntNode.valueOf(12345), refused);
    add(out, b, Category.WRONG_TYPE, field + " = true", at, BooleanNode.TRUE, refused);
    add(
        out,
        b,
        Category.WRONG_TYPE,
        field + " = {\"x\":1}",
        at,
        JSON.createObjectNode().put("x", 1),
        refused);
    add(
        out,
        b,
        Category.WRONG_TYPE,
        field + " = [\"x\"]",
        at,
        JSON.createArrayNode().add("x"),
        refused);
  }

  private static void missing(
      Baseline b,
      List<Object> at,
      String field,
      Expected leftOut,
      Expected isNull,
      Expected blank,
      List<Payload> out) {
    if (!(at.get(at.size() - 1) instanceof Integer)) {
      // An item left out of a list is a shorter list, not a missing value.
      add(out, b, Category.MISSING, field + " left out", at, null, leftOut);
    }
    add(out, b, Category.MISSING, field + " = null", at, NullNode.getInstance(), isNull);
    add(out, b, Category.MISSING, field + " = \"   \"", at, text("   "), blank);
  }

  /** A payload that sets (or, for {@code null}, removes) the value at a location of the body. */
  private static void add(
      List<Payload> out,
      Baseline b,
      Category category,
      String what,
      List<Object> at,
      JsonNode value,
      Expected expected) {
    out.add(
        new Payload(
            category, abbreviate(what), f -> b.json(f, body -> set(body, at, value)), expected));
  }

  private static void bodyPayloads(Baseline b, Fixture sample, List<Payload> out) {
    String first = sample.body().fieldNames().next();
    Expected noBody = b.bodyRequired ? malformed(null) : new Accepted(null);
    out.add(
        raw(
            b,
            Category.EXTRA_FIELD,
            "an extra field",
            f -> bytes(set(f.body().deepCopy(), List.of("extra"), IntNode.valueOf(1))),
            invalid("extra")));
    out.add(
        raw(
            b,
            Category.DUPLICATE_FIELD,
            first + " twice",
            f -> duplicate(f.body(), first),
            malformed(first)));
    out.add(raw(b, Category.MALFORMED, "cut short", f -> cut(f.body()), malformed(null)));
    out.add(raw(b, Category.MALFORMED, "[] for an object", f -> utf8("[]"), malformed(null)));
    out.add(
        raw(
            b,
            Category.MALFORMED,
            "a string for an object",
            f -> utf8("\"text\""),
            malformed(null)));
    out.add(raw(b, Category.MALFORMED, "a number for an object", f -> utf8("42"), malformed(null)));
    out.add(raw(b, Category.MISSING, "the body null", f -> utf8("null"), noBody));
    out.add(raw(b, Category.MISSING, "no body", f -> new byte[0], noBody));
    List<Object> firstString = firstString(sample.body(), new ArrayList<>());
    if (firstString != null) {
      String name = name(firstString);
      for (byte[] bad :
          List.of(
              new byte[] {(byte) 0xC3, 0x28},
              new byte[] {(byte) 0xC0, (byte) 0xAF},
              new byte[] {(byte) 0xFF})) {
        out.add(
            raw(
                b,
                Category.INVALID_UTF8,
                name + " with bytes " + hex(bad),
                f -> invalidUtf8(f.body(), firstString, bad),
                malformed(null)));
      }
    }
    out.add(
        raw(
            b,
            Category.DEEP_JSON,
            "10,000 nested arrays",
            f -> utf8("[".repeat(10_000) + "]".repeat(10_000)),
            malformed(null)));
    out.add(
        raw(
            b,
            Category.DEEP_JSON,
            first + " = 10,000 nested arrays",
            f -> utf8("{\"" + first + "\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"),
            invalid(first)));
    out.add(
        raw(
            b,
            Category.DEEP_JSON,
            "10,000 nested objects",
            f -> utf8("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)),
            malformed(null)));
    out.add(
        raw(
            b,
            Category.OVERSIZED,
            "a body of 2 MB",
            f -> utf8("{\"" + first + "\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}"),
            new Refused(413, "body.too-large", null)));
    out.add(
        raw(
            b,
            Category.HUGE_NUMBER,
            first + " = NaN",
            f -> utf8("{\"" + first + "\":NaN}"),
            malformed(first)));
    out.add(
        raw(
            b,
            Category.HUGE_NUMBER,
            first + " = Infinity",
            f -> utf8("{\"" + first + "\":Infinity}"),
            malformed(first)));
    out.add(
        raw(
            b,
            Category.HUGE_NUMBER,
            first + " = a 5,000-digit number",
            f -> utf8("{\"" + first + "\":1" + "0".repeat(5000) + "}"),
            new Refused(400, null, null)));
    Refused unsupported = new Refused(415, "http-415", null);
    out.add(contentType(b, "text/plain", f -> bytes(f.body()), unsupported));
    out.add(contentType(b, "application/x-www-form-urlencoded", f -> utf8("a=1&b=2"), unsupported));
    out.add(contentType(b, "application/xml", f -> utf8("<a>1</a>"), unsupported));
    out.add(contentType(b, null, f -> bytes(f.body()), unsupported));
  }

  private static Payload raw(
      Baseline b,
      Category category,
      String what,
      Function<Fixture, byte[]> body,
      Expected expected) {
    return new Payload(category, what, f -> b.raw(f, "application/json", body.apply(f)), expected);
  }

  private static Payload contentType(
      Baseline b, String type, Function<Fixture, byte[]> body, Expected expected) {
    return new Payload(
        Category.CONTENT_TYPE,
        "Content-Type " + (type == null ? "(none)" : type),
        f -> b.raw(f, type, body.apply(f)),
        expected);
  }

  private static void filePayloads(Baseline b, List<Payload> out) {
    if (b.takesWorkbook) {
      workbookPayloads(b, out);
      return;
    }
    byte[] text = utf8("说明：附件内容");
    Refused file = invalid("file");
    Map<String, Expected> names = new LinkedHashMap<>();
    Map<String, Category> categories = new LinkedHashMap<>();
    names.put("../../etc/passwd.txt", new Accepted("passwd.txt"));
    names.put("..\\..\\windows\\win.ini.txt", new Accepted("win.ini.txt"));
    names.put("C:\\boot.txt", new Accepted("boot.txt"));
    names.put("/etc/passwd", file);
    names.keySet().forEach(n -> categories.put(n, Category.PATH_TRAVERSAL));
    for (String inert : List.of("<img src=x onerror=alert(1)>.txt", "<svg onload=alert(1)>.txt")) {
      names.put(inert, new Accepted(inert));
      categories.put(inert, Category.SCRIPT_HTML);
    }
    for (String inert : List.of("${7*7}.txt", "#{7*7}.txt")) {
      names.put(inert, new Accepted(inert));
      categories.put(inert, Category.EXPRESSION);
    }
    names.put("' or 1=1 --.txt", new Accepted("' or 1=1 --.txt"));
    categories.put("' or 1=1 --.txt", Category.SQL);
    names.put("a".repeat(296) + ".txt", file);
    categories.put("a".repeat(296) + ".txt", Category.OVERSIZED);
    names.put("", file);
    categories.put("", Category.MISSING);
    names.forEach(
        (name, expected) ->
            out.add(
                new Payload(
                    categories.get(name),
                    "file name " + abbreviate(name.isEmpty() ? "(empty)" : name),
                    f -> b.multipart(b.url(f, Map.of()), "file", name, text),
                    expected)));
    byte[] tooLarge = new byte[20 * 1024 * 1024 + 1024];
    Arrays.fill(tooLarge, (byte) 'a');
    out.add(
        file(
            b,
            Category.OVERSIZED,
            "a file of 20 MB + 1 KB",
            "大.txt",
            tooLarge,
            new Refused(413, "file.too-large", "file")));
    out.add(file(b, Category.MISSING, "an empty file", "空.txt", new byte[0], file));
    out.add(file(b, Category.WRONG_FILE, "an executable", "setup.exe", EXE, file));
    out.add(file(b, Category.WRONG_FILE, "an executable named .pdf", "说明.pdf", EXE, file));
    out.add(
        new Payload(
            Category.MISSING,
            "the file in another part",
            f -> b.multipart(b.url(f, Map.of()), "upload", "说明.txt", text),
            file));
    out.add(
        new Payload(
            Category.MALFORMED,
            "multipart without a boundary",
            f -> b.raw(f, "multipart/form-data", utf8("garbage")),
            new Refused(400, "malformed-body", "file")));
    out.add(
        new Payload(
            Category.MALFORMED,
            "multipart with nothing in it",
            f -> b.raw(f, "multipart/form-data; boundary=xyz", utf8("garbage")),
            file));
    out.add(
        new Payload(
            Category.CONTENT_TYPE,
            "Content-Type application/json",
            f -> b.raw(f, "application/json", utf8("{\"file\":\"x\"}")),
            new Refused(415, "http-415", null)));
  }

  /** Text, a boolean, an object, a fraction or a huge number where a whole number is wanted. */
  private static void notAWholeNumber(
      Baseline b, List<Object> at, String field, Refused named, List<Payload> out) {
    add(out, b, Category.WRONG_TYPE, field + " = \"1\"", at, text("1"), named);
    add(out, b, Category.WRONG_TYPE, field + " = true", at, BooleanNode.TRUE, named);
    add(
        out,
        b,
        Category.WRONG_TYPE,
        field + " = {}",
        at,
        JSON.createObjectNode().put("x", 1),
        named);
    add(out, b, Category.BAD_ID, field + " = 1.5", at, DoubleNode.valueOf(1.5), named);
    add(
        out,
        b,
        Category.HUGE_NUMBER,
        field + " = 99999999999999999999",
        at,
        BigIntegerNode.valueOf(new java.math.BigInteger("99999999999999999999")),
        named);
  }

  /**
   * A roster's file: the fixture's valid workbook under hostile names (kept as inert text, without
   * any path), and files that are no workbook or too large, each a 400 naming the file.
   */
  private static void workbookPayloads(Baseline b, List<Payload> out) {
    Refused file = invalid("file");
    Map<String, Expected> names = new LinkedHashMap<>();
    Map<String, Category> categories = new LinkedHashMap<>();
    names.put("../../etc/passwd.xlsx", new Accepted("passwd.xlsx"));
    names.put("..\\..\\windows\\win.ini.xlsx", new Accepted("win.ini.xlsx"));
    names.put("/etc/passwd", file);
    names.keySet().forEach(n -> categories.put(n, Category.PATH_TRAVERSAL));
    for (String inert : List.of("<img src=x onerror=alert(1)>.xlsx", "${7*7}.xlsx")) {
      names.put(inert, new Accepted(inert));
      categories.put(inert, inert.startsWith("$") ? Category.EXPRESSION : Category.SCRIPT_HTML);
    }
    names.put("' or 1=1 --.xlsx", new Accepted("' or 1=1 --.xlsx"));
    categories.put("' or 1=1 --.xlsx", Category.SQL);
    names.put("a".repeat(296) + ".xlsx", file);
    categories.put("a".repeat(296) + ".xlsx", Category.OVERSIZED);
    names.put("", file);
    categories.put("", Category.MISSING);
    names.forEach(
        (name, expected) ->
            out.add(
                new Payload(
                    categories.get(name),
                    "workbook named " + abbreviate(name.isEmpty() ? "(empty)" : name),
                    f -> b.multipart(b.url(f, Map.of()), "file", name, f.file().content()),
                    expected)));
    byte[] zipped = new byte[5 * 1024 * 1024 + 1024];
    System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zipped, 0, 4);
    out.add(file(b, Category.OVERSIZED, "a workbook of 5 MB + 1 KB", "大.xlsx", zipped, file));
    out.add(file(b, Category.MISSING, "an empty file", "空.xlsx", new byte[0], file));
    out.add(file(b, Category.WRONG_FILE, "an executable named .xlsx", "名册.xlsx", EXE, file));
    out.add(
        file(
            b,
            Category.WRONG_FILE,
            "a zip that is no workbook",
            "名册.xlsx",
            new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8},
            file));
    out.add(file(b, Category.WRONG_FILE, "a text file", "名册.txt", utf8("姓名,性别"), file));
    out.add(
        new Payload(
            Category.MISSING,
            "the file in another part",
            f -> b.multipart(b.url(f, Map.of()), "upload", "名册.xlsx", f.file().content()),
            file));
    out.add(
        new Payload(
            Category.MALFORMED,
            "multipart without a boundary",
            f -> b.raw(f, "multipart/form-data", utf8("garbage")),
            new Refused(400, "malformed-body", "file")));
    out.add(
        new Payload(
            Category.CONTENT_TYPE,
            "Content-Type application/json",
            f -> b.raw(f, "application/json", utf8("{\"file\":\"x\"}")),
            new Refused(415, "http-415", null)));
  }

  private static Payload file(
      Baseline b, Category category, String what, String name, byte[] content, Expected expected) {
    return new Payload(
        category, what, f -> b.multipart(b.url(f, Map.of()), "file", name, content), expected);
  }

  private static void ignoredPayloads(Baseline b, List<Payload> out) {
    out.add(
        new Payload(
            Category.IGNORED,
            "a JSON body naming someone else",
            f ->
                b.raw(
                    f,
                    "application/json",
                    utf8(
                        "{\"assignee\":\"admin\",\"recipient\":\"admin\",\"username\":\"admin\"}")),
            new Accepted(null)));
    out.add(
        new Payload(
            Category.IGNORED,
            "a text/plain script body",
            f -> b.raw(f, "text/plain", utf8("<script>alert(1)</script>")),
            new Accepted(null)));
  }

  // ---- JSON helpers ----

  static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static TextNode text(String value) {
    return TextNode.valueOf(value);
  }

  private static List<Object> with(List<Object> at, Object next) {
    List<Object> path = new ArrayList<>(at);
    path.add(next);
    return path;
  }

  private static JsonNode at(JsonNode node, List<Object> at) {
    for (Object step : at) {
      node = step instanceof Integer i ? node.get(i) : node.get((String) step);
    }
    return node;
  }

  /** The body with the value at a location set, or removed when the value is {@code null}. */
  static ObjectNode set(ObjectNode body, List<Object> at, JsonNode value) {
    JsonNode parent = at(body, at.subList(0, at.size() - 1));
    Object last = at.get(at.size() - 1);
    if (parent instanceof ObjectNode object) {
      if (value == null) {
        object.remove((String) last);
      } else {
        object.set((String) last, value);
      }
    } else if (parent instanceof ArrayNode array) {
      if (value == null) {
        array.remove((Integer) last);
      } else {
        array.set((Integer) last, value);
      }
    }
    return body;
  }

  /** The location of the first string value, depth first; {@code null} if there is none. */
  private static List<Object> firstString(JsonNode node, List<Object> at) {
    if (node.isTextual()) {
      return at;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        List<Object> found = firstString(entry.getValue(), with(at, entry.getKey()));
        if (found != null) {
          return found;
        }
      }
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        List<Object> found = firstString(node.get(i), with(at, i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** A location as the API names it: {@code values.requestTitle}, {@code days[0].date}. */
  private static String name(List<Object> at) {
    StringBuilder name = new StringBuilder();
    for (Object step : at) {
      if (step instanceof Integer i) {
        name.append('[').append(i).append(']');
      } else {
        name.append(name.isEmpty() ? "" : ".").append(step);
      }
    }
    return name.toString();
  }

  private static byte[] invalidUtf8(ObjectNode body, List<Object> at, byte[] bad) {
    String marker = "INVALID-UTF8-MARKER";
    byte[] json = bytes(set(body.deepCopy(), at, text(marker)));
    String text = new String(json, StandardCharsets.ISO_8859_1);
    int index = text.indexOf(marker);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(json, 0, index);
    out.writeBytes(bad);
    out.write(json, index + marker.length(), json.length - index - marker.length());
    return out.toByteArray();
  }

  private static byte[] duplicate(ObjectNode body, String field) {
    String json = new String(bytes(body), StandardCharsets.UTF_8);
    String again =
        "{\"" + field + "\":" + new String(bytes(body.get(field)), StandardCharsets.UTF_8);
    return utf8(again + "," + json.substring(1));
  }

  private static byte[] cut(ObjectNode body) {
    byte[] json = bytes(body);
    return Arrays.copyOf(json, json.length / 2);
  }

  private static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) {
      hex.append(hex.isEmpty() ? "" : " ").append(String.format("%02X", b));
    }
    return hex.toString();
  }

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "…";
  }
}
