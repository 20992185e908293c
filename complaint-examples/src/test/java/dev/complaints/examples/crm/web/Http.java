package dev.complaints.examples.crm.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the web tests, on java.net.http. */
final class Http {
  /** An intake body; the phone and e-mail are the ones the tests look for in logs and answers. */
  static final String INTAKE = """
      {"channel":"PHONE","complainant":{"name":"Zhang Sanfeng","phone":"13812345678",
       "email":"zhang.sanfeng@example.com"},"subject":{"name":"Golden Noodle House","location":"3F-120"},
       "category":"MERCHANT_SERVICE","description":"staff were rude","remediesSought":["APOLOGY"],
       "needs":["RESPECT"],"orgUnit":"plaza-01"}
      """;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  String base() {
    return base;
  }

  HttpResponse<String> get(String path, String token) {
    return send(request(path, token).GET().build());
  }

  HttpResponse<String> post(String path, String token, String body) {
    return post(path, token, body, null);
  }

  HttpResponse<String> post(String path, String token, String body, String ifMatch) {
    HttpRequest.Builder b = request(path, token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b.build());
  }

  HttpResponse<String> postBytes(String path, String token, byte[] body) {
    return send(request(path, token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return Json.mapper().readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }
}
