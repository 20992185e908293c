package dev.complaints.examples.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tiny JSON-over-HTTP server on the JDK's built-in {@link HttpServer}, bound to the loopback address. Routes
 * are a method and a path pattern; handlers return a status and a value that is written as JSON. Exceptions are
 * turned into JSON error bodies by an exception mapper.
 */
final class JsonHttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JsonHttpServer.class);
  private static final int MAX_BODY = 1 << 20;

  /** A handler's answer. */
  record Reply(int status, Object body, Map<String, String> headers) {
    static Reply ok(Object body) {
      return new Reply(200, body, Map.of());
    }
  }

  /** What a handler gets. */
  record Request(String method, String path, Matcher params, Map<String, List<String>> headers, byte[] body) {
    String param(int group) {
      return params.group(group);
    }

    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  /** Handles one route. */
  @FunctionalInterface
  interface Handler {
    Reply handle(Request request) throws Exception;
  }

  private record Route(String method, Pattern path, Handler handler) {}

  private final ObjectMapper mapper;
  private final List<Route> routes = new ArrayList<>();
  private final Function<Exception, Reply> errors;
  private HttpServer server;
  private ExecutorService executor;

  JsonHttpServer(ObjectMapper mapper, Function<Exception, Reply> errors) {
    this.mapper = mapper;
    this.errors = errors;
  }

  JsonHttpServer route(String method, String pathRegex, Handler handler) {
    routes.add(new Route(method, Pattern.compile(pathRegex), handler));
    return this;
  }

  /**
   * Starts listening on 127.0.0.1.
   *
   * @param port the port, 0 for an ephemeral one
   * @return the port listened on
   */
  int start(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "crm-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::exchange);
    server.start();
    return server.getAddress().getPort();
  }

  private void exchange(HttpExchange ex) throws IOException {
    Reply reply;
    try {
      reply = dispatch(ex);
    } catch (Exception e) {
      reply = errors.apply(e);
    }
    byte[] bytes;
    try {
      bytes = reply.body() == null ? new byte[0] : mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(reply.body());
    } catch (JsonProcessingException e) {
      LOG.error("cannot write the response of {} {}", ex.getRequestMethod(), ex.getRequestURI(), e);
      reply = new Reply(500, null, Map.of());
      bytes = "{\"error\":\"internal error\"}".getBytes(StandardCharsets.UTF_8);
    }
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    reply.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    ex.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
    ex.close();
  }

  private Reply dispatch(HttpExchange ex) throws Exception {
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getPath();
    boolean pathKnown = false;
    for (Route r : routes) {
      Matcher m = r.path().matcher(path);
      if (m.matches()) {
        pathKnown = true;
        if (r.method().equals(method)) {
          byte[] body = readBody(ex.getRequestBody());
          return r.handler().handle(new Request(method, path, m, ex.getRequestHeaders(), body));
        }
      }
    }
    return pathKnown ? error(405, "method " + method + " is not allowed on " + path)
        : error(404, "no such resource: " + path);
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY + 1);
    if (bytes.length > MAX_BODY) {
      throw new IllegalArgumentException("request body is larger than " + MAX_BODY + " bytes");
    }
    return bytes;
  }

  /** Parses a request body as a JSON object. */
  ObjectNode jsonObject(Request request) {
    if (request.body().length == 0) {
      throw new IllegalArgumentException("the request needs a JSON object body");
    }
    JsonNode node;
    try {
      node = mapper.readTree(request.body());
    } catch (IOException e) {
      throw new IllegalArgumentException("request body is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (!(node instanceof ObjectNode o)) {
      throw new IllegalArgumentException("the request body must be a JSON object");
    }
    return o;
  }

  static Reply error(int status, String message) {
    return new Reply(status, Map.of("status", status, "error", message), Map.of());
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      executor = null;
    }
  }
}
