package cn.ronghe.bench;

import cn.ronghe.support.ApiClient;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The load generator's client: one blocking HTTP/1.1 keep-alive connection that writes each request
 * in one piece and reads the response, as wrk or a browser's connection does. On a 2-core machine
 * the client shares the CPU with the server and the database, so it must cost little: with
 * java.net.http's client (threads and futures for each exchange) the completion benchmark measured
 * 75 and 125 REST completions per second at 1 and 8 clients, with this one 94 and 156. The session
 * comes from an {@link ApiClient} login.
 */
final class KeepAliveClient implements AutoCloseable {

  /** A response: its status and body. */
  record Response(int status, String body) {}

  private final int port;
  private final String cookie;
  private final String csrf;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  KeepAliveClient(int port, ApiClient session) {
    this.port = port;
    this.csrf = session.cookie("XSRF-TOKEN").orElseThrow();
    this.cookie =
        "RONGHE_SESSION=" + session.cookie("RONGHE_SESSION").orElseThrow() + "; XSRF-TOKEN=" + csrf;
  }

  Response get(String path) {
    return send("GET", path, null);
  }

  Response post(String path, String json) {
    return send("POST", path, json);
  }

  private Response send(String method, String path, String json) {
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    String head =
        method
            + " "
            + path
            + " HTTP/1.1\r\nHost: localhost:"
            + port
            + "\r\nCookie: "
            + cookie
            + "\r\nX-XSRF-TOKEN: "
            + csrf
            + "\r\nAccept: application/json, application/problem+json"
            + (json == null
                ? ""
                : "\r\nContent-Type: application/json\r\nContent-Length: " + body.length)
            + "\r\n\r\n";
    try {
      if (socket == null) {
        connect();
      }
      ByteArrayOutputStream request = new ByteArrayOutputStream(head.length() + body.length);
      request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
      request.writeBytes(body);
      out.write(request.toByteArray());
      out.flush();
      return read();
    } catch (IOException e) {
      close();
      throw new UncheckedIOException(e);
    }
  }

  private void connect() throws IOException {
    socket = new Socket("localhost", port);
    socket.setTcpNoDelay(true);
    in = new BufferedInputStream(socket.getInputStream());
    out = socket.getOutputStream();
  }

  private Response read() throws IOException {
    String status = line();
    int code = Integer.parseInt(status.split(" ")[1]);
    int length = 0;
    boolean chunked = false;
    boolean closes = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        closes = true;
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (int size = Integer.parseInt(line().trim(), 16); size > 0; ) {
        body.writeBytes(in.readNBytes(size));
        line();
        size = Integer.parseInt(line().trim(), 16);
      }
      line();
    } else {
      body.writeBytes(in.readNBytes(length));
    }
    if (closes) {
      // Tomcat ends a connection after maxKeepAliveRequests; the next request opens a new one
      close();
    }
    return new Response(code, body.toString(StandardCharsets.UTF_8));
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed mid-response");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    try {
      if (socket != null) {
        socket.close();
      }
    } catch (IOException ignored) {
      // closing a connection that already failed
    } finally {
      socket = null;
    }
  }
}
