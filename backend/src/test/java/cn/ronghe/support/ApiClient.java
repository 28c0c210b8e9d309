package cn.ronghe.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A browser-like client of the running application: keeps cookies, and echoes the XSRF-TOKEN cookie
 * as the X-XSRF-TOKEN header on writes, as the SPA does.
 */
public class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final CookieManager cookies;
  private final HttpClient http;
  private boolean sendCsrfHeader = true;
  private String csrfHeaderOverride;
  private Duration timeout;

  public ApiClient(int port) {
    this(port, new CookieManager());
  }

  private ApiClient(int port, CookieManager cookies) {
    this.base = "http://localhost:" + port;
    this.cookies = cookies;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** The same browser talking to another node: same cookies (session, CSRF), another port. */
  public ApiClient onPort(int port) {
    return new ApiClient(port, cookies);
  }

  /** A client already logged in; fails the calling test when the login is refused. */
  public static ApiClient loggedIn(int port, String username, String password) {
    ApiClient client = new ApiClient(port);
    Response login = client.login(username, password);
    if (login.status() != 200) {
      throw new AssertionError("login of " + username + " refused: " + login.body());
    }
    return client;
  }

  /**
   * Makes each request of this client give up after {@code timeout} (an IllegalStateException
   * caused by an HttpTimeoutException), for tests that must not hang on a server that does.
   */
  public ApiClient withTimeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  /** Makes this client forget the CSRF header, as a forged cross-site request would. */
  public ApiClient withoutCsrfHeader() {
    sendCsrfHeader = false;
    return this;
  }

  /** Makes this client send this value as the CSRF header instead of the cookie's token. */
  public ApiClient withCsrfHeader(String token) {
    csrfHeaderOverride = token;
    return this;
  }

  /** Puts a cookie in this client's jar, as if the server had set it (a stolen or stale one). */
  public ApiClient withCookie(String name, String value) {
    HttpCookie cookie = new HttpCookie(name, value);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(URI.create(base), cookie);
    return this;
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public Response post(String path, Object body) {
    return sendJson("POST", path, body);
  }

  public Response put(String path, Object body) {
    return sendJson("PUT", path, body);
  }

  /** Any method with a JSON body (GET and DELETE without one), for tests that probe every route. */
  public Response send(String method, String path, Object body) {
    if (method.equals("GET")) {
      return get(path);
    }
    if (method.equals("DELETE") && body == null) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).DELETE();
      cookie("XSRF-TOKEN")
          .filter(t -> sendCsrfHeader)
          .ifPresent(token -> request.header("X-XSRF-TOKEN", token));
      return send(request);
    }
    return sendJson(method, path, body == null ? Map.of() : body);
  }

  private Response sendJson(String method, String path, Object body) {
    try {
      String json = body instanceof String s ? s : JSON.writeValueAsString(body);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(json));
      csrfHeader().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
      return send(request);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Any method with the body exactly as given (bytes that need not be UTF-8 or JSON) and this
   * Content-Type, or none when it is {@code null}: for requests no browser would send.
   */
  public Response sendRaw(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    csrfHeader().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    return send(request);
  }

  /** Uploads one file as multipart/form-data, as a browser form does. */
  public Response upload(String path, String field, String fileName, byte[] content) {
    String boundary = "----ronghe" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    csrfHeader().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    return send(request);
  }

  /** A GET whose body is kept as bytes (downloads). */
  public HttpResponse<byte[]> download(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Fetches the CSRF cookie (any GET does), then logs in. */
  public Response login(String username, String password) {
    get("/api/auth/me");
    return post("/api/auth/login", Map.of("username", username, "password", password));
  }

  private Optional<String> csrfHeader() {
    if (!sendCsrfHeader) {
      return Optional.empty();
    }
    return csrfHeaderOverride != null ? Optional.of(csrfHeaderOverride) : cookie("XSRF-TOKEN");
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name) && !c.getValue().isEmpty())
        .map(HttpCookie::getValue)
        .findFirst();
  }

  private Response send(HttpRequest.Builder request) {
    if (timeout != null) {
      request.timeout(timeout);
    }
    try {
      HttpResponse<String> response =
          http.send(
              request.header("Accept", "application/json, application/problem+json, */*").build(),
              HttpResponse.BodyHandlers.ofString());
      return new Response(response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with its body parsed on demand. */
  public record Response(HttpResponse<String> raw) {
    public int status() {
      return raw.statusCode();
    }

    public String body() {
      return raw.body();
    }

    public String contentType() {
      return raw.headers().firstValue("Content-Type").orElse("");
    }

    public JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON: " + raw.body(), e);
      }
    }

    /** The fields a refusal (a problem detail with {@code errors}) names, in its order. */
    public List<String> fields() {
      List<String> fields = new ArrayList<>();
      json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
      return fields;
    }
  }
}
