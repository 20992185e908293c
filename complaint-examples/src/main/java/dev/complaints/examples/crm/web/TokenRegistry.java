package dev.complaints.examples.crm.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.command.Actor;
import dev.complaints.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The bearer tokens the service accepts, read once at start from a JSON file: an array of {@code {"token":
 * "...", "actor": "desk-1", "roles": ["CUSTOMER_SERVICE"]}}. The file is checked whole before the service
 * starts; every problem names the entry and the field. Tokens are kept as SHA-256 digests only.
 */
final class TokenRegistry {
  /** Shortest token accepted: a guessable token is no authentication. */
  static final int MIN_TOKEN_LENGTH = 16;
  private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9._:@-]{1,64}");
  private static final Set<String> FIELDS = Set.of("token", "actor", "roles");

  private final Map<String, CrmUser> byDigest;
  private final Path file;

  private TokenRegistry(Map<String, CrmUser> byDigest, Path file) {
    this.byDigest = Map.copyOf(byDigest);
    this.file = file;
  }

  /**
   * Reads and checks a tokens file.
   *
   * @param file the file
   * @param knownRoles the roles of the workflow definition; {@code IMPORT} is allowed besides
   * @return the registry
   * @throws CrmSettingsException naming the file, the entry and the field of the first problem
   */
  static TokenRegistry load(Path file, List<String> knownRoles) {
    String where = "tokens file " + file.toAbsolutePath();
    String fix = "Give --complaints.security.tokens-file a JSON array of {\"token\",\"actor\",\"roles\"} entries"
        + " (tokens of at least " + MIN_TOKEN_LENGTH + " characters, roles among " + allowedRoles(knownRoles)
        + "), or start with --complaints.security.dev-tokens=true for local development.";
    JsonNode root;
    try {
      root = Json.readStrict(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new CrmSettingsException(where + " is not valid JSON: " + Json.describe(e), fix);
    } catch (IOException e) {
      throw new CrmSettingsException(where + " cannot be read (" + e.getClass().getSimpleName() + ")", fix);
    }
    if (!root.isArray() || root.isEmpty()) {
      throw new CrmSettingsException(where + " must hold a non-empty JSON array of token entries", fix);
    }
    Set<String> roles = allowedRoles(knownRoles);
    Map<String, CrmUser> byDigest = new HashMap<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode entry = root.get(i);
      String at = where + ", entry " + i;
      if (!entry.isObject()) {
        throw new CrmSettingsException(at + " must be an object with token, actor and roles", fix);
      }
      for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!FIELDS.contains(name)) {
          throw new CrmSettingsException(at + ": unknown field '" + name + "' (allowed: token, actor, roles)", fix);
        }
      }
      JsonNode token = entry.get("token");
      if (token == null || !token.isTextual() || token.asText().strip().length() < MIN_TOKEN_LENGTH
          || !token.asText().equals(token.asText().strip())) {
        throw new CrmSettingsException(at + ": field 'token' must be a string of at least " + MIN_TOKEN_LENGTH
            + " characters without surrounding spaces", fix);
      }
      JsonNode actor = entry.get("actor");
      if (actor == null || !actor.isTextual() || !ACTOR.matcher(actor.asText()).matches()) {
        throw new CrmSettingsException(at + ": field 'actor' must be 1 to 64 letters, digits or . _ : @ -", fix);
      }
      JsonNode list = entry.get("roles");
      if (list == null || !list.isArray() || list.isEmpty()) {
        throw new CrmSettingsException(at + ": field 'roles' must be a non-empty array", fix);
      }
      Set<String> granted = new TreeSet<>();
      for (JsonNode r : list) {
        if (!r.isTextual() || !roles.contains(r.asText())) {
          throw new CrmSettingsException(at + ": field 'roles' has " + r + ", which is not one of " + roles, fix);
        }
        granted.add(r.asText());
      }
      if (byDigest.put(digest(token.asText()), new CrmUser(new Actor(actor.asText(), granted))) != null) {
        throw new CrmSettingsException(at + ": field 'token' repeats the token of an earlier entry", fix);
      }
    }
    return new TokenRegistry(byDigest, file);
  }

  /**
   * The development tokens file: written once with random tokens (one actor per role, and {@code dev-all}
   * with every workflow role), then read like any tokens file.
   *
   * @param file where it is (or is to be) written
   * @param knownRoles the workflow definition's roles
   * @return the registry
   */
  static TokenRegistry dev(Path file, List<String> knownRoles) {
    if (!Files.exists(file)) {
      ObjectMapper mapper = Json.mapper();
      ArrayNode entries = mapper.createArrayNode();
      SecureRandom random = new SecureRandom();
      List<String> all = new ArrayList<>(allowedRoles(knownRoles));
      for (String role : all) {
        entries.add(entry(mapper, random, "dev-" + role.toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
            List.of(role)));
      }
      entries.add(entry(mapper, random, "dev-all", knownRoles));
      try {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path tmp = Files.createTempFile(absolute.getParent(), ".dev-tokens", ".tmp");
        try {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the file keeps the default permissions
        }
        Files.writeString(tmp, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(entries));
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new CrmSettingsException("the development tokens file " + file.toAbsolutePath()
            + " cannot be written (" + e.getClass().getSimpleName() + ")",
            "Choose a writable place with --complaints.security.dev-tokens-file=FILE.");
      }
    }
    return load(file, knownRoles);
  }

  private static ObjectNode entry(ObjectMapper mapper, SecureRandom random, String actor, List<String> roles) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    ObjectNode n = mapper.createObjectNode();
    n.put("token", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    n.put("actor", actor);
    roles.forEach(n.putArray("roles")::add);
    return n;
  }

  private static Set<String> allowedRoles(List<String> knownRoles) {
    Set<String> roles = new LinkedHashSet<>(knownRoles);
    roles.add(CrmUser.IMPORT);
    return roles;
  }

  /**
   * The user a token belongs to.
   *
   * @param token the bearer token
   * @return the user, empty for an unknown token
   */
  Optional<CrmUser> find(String token) {
    return Optional.ofNullable(byDigest.get(digest(token)));
  }

  /**
   * The file the tokens came from.
   *
   * @return the file
   */
  Path file() {
    return file;
  }

  private static String digest(String token) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
