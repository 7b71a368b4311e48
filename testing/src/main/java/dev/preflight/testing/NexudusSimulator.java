package dev.preflight.testing;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.jakarta.json.EmailAccountDocument;
import dev.preflight.jakarta.json.EntityDocument;
import dev.preflight.jakarta.json.JsonValidator;
import dev.preflight.jakarta.json.JsonValidators;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.catalogue.Entity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for Nexudus's {@code /api/crm/emailaccounts} and the endpoints of every other
 * catalogue entity ({@code /api/spaces/bookings}: see {@link #putJson(String, String)}), for tests. It issues tokens ({@code POST
 * /api/token}, the password and refresh grants, see {@link #acceptLogin}), checks the bearer token
 * (the scheme in any case, as Nexudus does; an expired token is refused with 401) or the Basic
 * credentials of a login it accepts, and the {@code EmailAccount-Edit} role, validates with the
 * standard rules (the server's), keeps records in memory with every member it was sent (a PUT
 * replaces the whole record, as on Nexudus, and a PUT of an unknown Id is 404; a GET returns it
 * byte for byte), answers lists with paging, filters and order, can limit writes per minute
 * ({@link #limitWrites}), counts and logs requests, and answers with the API reference's 200 and
 * 400 envelopes. A {@link Fault} replaces its next answers.
 *
 * <p>Framework-free and thread-safe: {@link NexudusSimulatorResource} serves it from a JAX-RS
 * container (it is an {@code @ApplicationScoped} bean there), {@link NexudusSimulatorServer} from a
 * loopback server. It never logs anything.
 */
@ApplicationScoped
public class NexudusSimulator {
  /** The path it serves. */
  public static final String PATH = "/api/crm/emailaccounts";
  /** A token whose user has the EmailAccount-Edit role. */
  public static final String EDITOR_TOKEN = "editor-7d1c9e4b-secret";
  /** A valid token whose user lacks the EmailAccount-Edit role. */
  public static final String READER_TOKEN = "reader-5a2f8c31-secret";
  public static final String EDIT_ROLE = "EmailAccount-Edit";
  /** The longest a stalled answer waits for {@link #releaseStalls()}. */
  public static final Duration LONGEST_STALL = Duration.ofSeconds(30);
  /** How many of the latest requests {@link #requests()} keeps. */
  public static final int REQUEST_LOG_SIZE = 1_000;

  static final String DENIED = "{\"Message\":\"Authorization has been denied for this request.\"}";
  static final String NOT_FOUND = "\"Not found\"";
  private static final String EMAIL_ACCOUNT = EmailAccount.RECORD_NAME;

  private final JsonValidator updates = JsonValidators.standard().validator(EmailAccount.ENTITY_NAME, Operation.UPDATE);
  private final JsonValidator creates = JsonValidators.standard().validator(EmailAccount.ENTITY_NAME, Operation.CREATE);
  private final Map<String, Set<String>> tokens = new ConcurrentHashMap<>();
  private final SimulatedTokens issuedTokens = new SimulatedTokens();
  private final Map<Long, EmailAccountDocument> store = new ConcurrentHashMap<>();
  private final SimulatedEntities entities = new SimulatedEntities();
  private final Deque<RecordedRequest> log = new ArrayDeque<>();
  private final AtomicInteger requestCount = new AtomicInteger();
  private final AtomicLong nextId = new AtomicLong(1_000_000);
  private final AtomicReference<@Nullable PendingFault> fault = new AtomicReference<>();
  private final AtomicReference<CountDownLatch> stalls = new AtomicReference<>(new CountDownLatch(1));
  private final WriteLimit writeLimit = new WriteLimit();

  private record PendingFault(Fault fault, int remaining) {}

  private final SimulatorAdmin admin = new SimulatorAdmin(this);

  public NexudusSimulator() {
    reset();
  }

  /** Forgets every record, request, fault and added token; releases stalled answers. */
  public void reset() {
    store.clear();
    entities.clear();
    synchronized (log) {
      log.clear();
    }
    requestCount.set(0);
    fault.set(null);
    tokens.clear();
    tokens.put(EDITOR_TOKEN, Set.of(EDIT_ROLE));
    tokens.put(READER_TOKEN, Set.of());
    issuedTokens.reset();
    writeLimit.off();
    releaseStalls();
  }

  /** How Nexudus answers a write beyond its limit; it has been seen to answer in both ways. */
  public enum Throttling {
    /** As the API limitations page documents: 409, an empty body and {@code Retry-After: 1}. */
    CONFLICT,
    /** As a community client reports: 429 with the text {@code Wait N seconds}. */
    TOO_MANY_REQUESTS
  }

  /**
   * Accepts at most {@code writes} writes (PUT, POST, DELETE) in any {@code window} (Nexudus: 60 a
   * minute) and answers the next ones in {@code shape} until the window has room again. Off until
   * called, and after {@link #reset()}.
   */
  public void limitWrites(int writes, Duration window, Throttling shape) {
    writeLimit.set(writes, window, shape);
  }

  /** How many writes it refused for the write limit since the last reset. */
  public int throttledWrites() {
    return writeLimit.throttled();
  }

  /**
   * Accepts the password grant of {@code POST /api/token} for this user (the name compared in any
   * case), whose tokens carry these roles; with a {@code totp}, the grant must send it too.
   */
  public void acceptLogin(String username, String password, @Nullable String totp, String... roles) {
    issuedTokens.acceptLogin(username, password, totp, roles);
  }

  /** The {@code expires_in} of the tokens it issues from now on; 604,799 s unless set. */
  public void tokenLifetime(Duration lifetime) {
    issuedTokens.lifetime(lifetime);
  }

  /** Makes every access token issued so far expired: requests carrying one are answered 401. */
  public void expireIssuedTokens() {
    issuedTokens.expireAccessTokens();
  }

  /** Forgets every refresh token issued so far: a refresh grant is answered {@code invalid_grant}. */
  public void forgetRefreshTokens() {
    issuedTokens.forgetRefreshTokens();
  }

  /** How many password grants it answered with a token since the last reset. */
  public int passwordGrants() {
    return issuedTokens.passwordGrants();
  }

  /** How many refresh grants it answered with a token since the last reset. */
  public int refreshGrants() {
    return issuedTokens.refreshGrants();
  }

  /** Accepts {@code token} as a bearer token of a user with these roles ({@link #EDIT_ROLE} to edit). */
  public void acceptToken(String token, String... roles) {
    tokens.put(token, Set.of(roles));
  }

  /** Answers the next {@code times} requests with {@code fault} instead of the simulator's own answer. */
  public void failNext(Fault fault, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times < 1");
    }
    this.fault.set(new PendingFault(fault, times));
  }

  /** Forgets the fault given to {@link #failNext}, if requests are still to get it. */
  public void clearFault() {
    fault.set(null);
  }

  /** The fault still to be answered and to how many requests ({@code 429 for 2 requests}), if any. */
  public Optional<String> pendingFault() {
    PendingFault pending = fault.get();
    return pending == null ? Optional.empty() : Optional.of(pending.fault().describe() + " for " + pending.remaining()
        + (pending.remaining() == 1 ? " request" : " requests"));
  }

  /** Answers the next request with {@code fault}. */
  public void failNext(Fault fault) {
    failNext(fault, 1);
  }

  /** Lets every stalled answer end now. */
  public void releaseStalls() {
    stalls.getAndSet(new CountDownLatch(1)).countDown();
  }

  /** Blocks an adapter's thread until {@link #releaseStalls()}, {@link #LONGEST_STALL} at most. */
  void awaitStallRelease() throws InterruptedException {
    stalls.get().await(LONGEST_STALL.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** How many requests it received since the last reset. */
  public int requestCount() {
    return requestCount.get();
  }

  /** The latest requests received (at most {@value #REQUEST_LOG_SIZE}), oldest first. */
  public List<RecordedRequest> requests() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  /** Stores a record alone, as if it had been sent with no other member. */
  public void put(EmailAccount account) {
    put(EmailAccountDocument.of(account));
  }

  /** Stores every member of {@code document}, as a PUT of it would. */
  public void put(EmailAccountDocument document) {
    Long id = document.account().id();
    if (id == null) {
      throw new IllegalArgumentException("the record has no Id");
    }
    store.put(id, document);
  }

  /** Stores the record that {@code json} holds, with every member. */
  public void putJson(String json) {
    put(EmailAccountDocument.read(updates, json.getBytes(StandardCharsets.UTF_8))
        .orElseThrow(() -> new IllegalArgumentException("not a whole EmailAccount record: " + json)));
  }

  /** The document stored with this Id: what a GET returns. */
  public Optional<EmailAccountDocument> document(long id) {
    return Optional.ofNullable(store.get(id));
  }

  /** The record stored with this Id. */
  public Optional<EmailAccount> get(long id) {
    return document(id).map(EmailAccountDocument::account);
  }

  /** Every record stored, by Id. */
  public Map<Long, EmailAccount> records() {
    Map<Long, EmailAccount> records = new HashMap<>();
    store.forEach((id, document) -> records.put(id, document.account()));
    return Map.copyOf(records);
  }

  /**
   * Stores a record of another catalogue entity ({@code bookings}) that {@code json} holds, with
   * every member, as a PUT of it would.
   *
   * @throws IllegalArgumentException if there is no such entity, the record is not whole or has no
   *     Id, or the entity is EmailAccounts (kept by {@link #putJson(String)})
   */
  public void putJson(String entityName, String json) {
    entities.put(otherEntity(entityName).name(), json);
  }

  /**
   * Offers command {@code key} for the records of another catalogue entity ({@code
   * coworkerinvoices}): {@code GET …/commands} lists the keys offered, and {@code POST
   * …/runcommand} with one of them succeeds (its {@code Value} holds the Ids it ran on). The
   * simulator offers no command until a test does: Nexudus's command keys are its own.
   */
  public void offerCommand(String entityName, String key) {
    entities.offerCommand(otherEntity(entityName).name(), key);
  }

  /** The commands run so far on another catalogue entity's records, each as its body was sent. */
  public List<String> commandsRun(String entityName) {
    return entities.commandsRun(otherEntity(entityName).name());
  }

  /** How many records each entity holds, for the entities that hold any, by name. */
  public Map<String, Integer> recordCounts() {
    Map<String, Integer> counts = new java.util.TreeMap<>(entities.counts());
    if (!store.isEmpty()) {
      counts.put(EmailAccount.ENTITY_NAME, store.size());
    }
    return counts;
  }

  /** The catalogue entity so named, any case. @throws IllegalArgumentException naming the one likely meant */
  Entity entity(String entityName) {
    return entities.entity(entityName);
  }

  /** Forgets every record of one entity ({@code bookings}, or {@code emailaccounts}). */
  public void clear(String entityName) {
    Entity entity = entities.entity(entityName);
    if (entity.name().equals(EmailAccount.ENTITY_NAME)) {
      store.clear();
    } else {
      entities.clear(entity.name());
    }
  }

  /** The documents one entity holds, as a GET of each returns them, by Id. */
  List<String> documentsJson(String entityName) {
    Entity entity = entities.entity(entityName);
    List<String> json = new ArrayList<>();
    if (entity.name().equals(EmailAccount.ENTITY_NAME)) {
      new java.util.TreeMap<>(store).values().forEach(document -> json.add(document.toJson()));
    } else {
      new java.util.TreeMap<>(entities.documents(entity.name())).values().forEach(document -> json.add(document.toJson()));
    }
    return json;
  }

  /** Stores a record of any catalogue entity, EmailAccounts included, as {@code putJson} does. */
  void seed(String entityName, String json) {
    if (entities.entity(entityName).name().equals(EmailAccount.ENTITY_NAME)) {
      putJson(json);
    } else {
      putJson(entityName, json);
    }
  }

  /** The record of another catalogue entity stored with this Id: what a GET returns. */
  public Optional<EntityDocument> document(String entityName, long id) {
    return entities.document(otherEntity(entityName).name(), id);
  }

  /** Every record of another catalogue entity stored, by Id. */
  public Map<Long, EntityDocument> documents(String entityName) {
    return entities.documents(otherEntity(entityName).name());
  }

  private Entity otherEntity(String entityName) {
    Entity entity = entities.entity(entityName);
    if (entity.name().equals(EmailAccount.ENTITY_NAME)) {
      throw new IllegalArgumentException("EmailAccounts are kept by put, putJson(String), document(long) and records()");
    }
    return entity;
  }

  /**
   * Answers one request.
   *
   * @param path the path below the application root, e.g. {@code /api/crm/emailaccounts/7}, with
   *     its query if it has one ({@code /api/crm/emailaccounts?page=2&size=100})
   */
  public SimulatedAnswer handle(String method, String path, @Nullable String authorization, byte[] body) {
    return handle(method, path, authorization, "application/json", body);
  }

  /**
   * Answers one request whose body has this media type ({@code POST /api/token} takes a form only).
   *
   * @param target the path below the application root, e.g. {@code /api/crm/emailaccounts/7}, with
   *     its query if it has one ({@code /api/crm/emailaccounts?page=2&size=100})
   */
  public SimulatedAnswer handle(String method, String target, @Nullable String authorization,
      @Nullable String contentType, byte[] body) {
    if (target.equals(SimulatorAdmin.ROOT) || target.startsWith(SimulatorAdmin.ROOT + "/")
        || target.startsWith(SimulatorAdmin.ROOT + "?")) {
      return admin.handle(method, target, body);
    }
    requestCount.incrementAndGet();
    SimulatedAnswer answer = answer(method, target, authorization, contentType, body);
    synchronized (log) {
      if (log.size() == REQUEST_LOG_SIZE) {
        log.removeFirst();
      }
      log.addLast(new RecordedRequest(method, target, authorization, body, answer.status(), answer.body()));
    }
    return answer;
  }

  private SimulatedAnswer answer(String method, String target, @Nullable String authorization,
      @Nullable String contentType, byte[] body) {
    Fault pending = takeFault();
    if (pending != null) {
      return SimulatedAnswer.of(pending);
    }
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    if (path.equals(SimulatedTokens.PATH)) {
      return issuedTokens.handle(method, contentType, body);
    }
    if (!mayEdit(authorization)) {
      return SimulatedAnswer.json(401, DENIED);
    }
    if (!method.equals("GET")) {
      SimulatedAnswer throttled = writeLimit.admit();
      if (throttled != null) {
        return throttled;
      }
    }
    String queryString = query < 0 ? "" : target.substring(query + 1);
    if (path.equals(PATH)) {
      return switch (method) {
        case "GET" -> SimulatedList.page(EMAIL_ACCOUNT, emailAccountJson(), queryString);
        case "PUT" -> write(body, Operation.UPDATE);
        case "POST" -> write(body, Operation.CREATE);
        default -> notAllowed(method);
      };
    }
    if (!path.startsWith(PATH + "/")) {
      return entityRequest(method, path, queryString, body);
    }
    Long id = idIn(path.substring(PATH.length() + 1));
    if (id == null) {
      return notFound();
    }
    return switch (method) {
      case "GET" -> document(id).map(document -> SimulatedAnswer.json(200, document.toJson()))
          .orElseGet(NexudusSimulator::notFound);
      case "DELETE" -> store.remove(id) != null
          ? SimulatedAnswer.json(200, success(EMAIL_ACCOUNT, "deleted", id))
          : notFound();
      default -> notAllowed(method);
    };
  }

  /** A request to {@code /api/<module>/<collection>[/<id>]} of another catalogue entity; 404 when it names none. */
  private SimulatedAnswer entityRequest(String method, String path, String queryString, byte[] body) {
    String[] segments = path.split("/", -1);
    if (segments.length < 4 || segments.length > 5 || !segments[0].isEmpty() || !segments[1].equals("api")) {
      return notFound();
    }
    Entity entity = entities.at(segments[2], segments[3]);
    if (entity == null) {
      return notFound();
    }
    if (segments.length == 5 && SimulatedEntities.ACTIONS.contains(segments[4])) {
      return entities.action(entity, method, segments[4], queryString, body);
    }
    Long id = segments.length == 5 ? idIn(segments[4]) : null;
    if (segments.length == 5 && id == null) {
      return notFound();
    }
    return entities.handle(entity, method, id, queryString, body, nextId::incrementAndGet);
  }

  private List<String> emailAccountJson() {
    List<String> json = new ArrayList<>();
    store.values().forEach(document -> json.add(document.toJson()));
    return json;
  }

  static SimulatedAnswer notFound() {
    return SimulatedAnswer.json(404, NOT_FOUND);
  }

  static SimulatedAnswer notAllowed(String method) {
    return SimulatedAnswer.json(405, "{\"Message\":\"The requested resource does not support http method '"
        + method + "'.\"}");
  }

  private SimulatedAnswer write(byte[] body, Operation operation) {
    ValidationResponse verdict = (operation == Operation.CREATE ? creates : updates).validate(body);
    if (!verdict.wasSuccessful()) {
      return SimulatedAnswer.json(400, EnvelopeJson.toJson(verdict));
    }
    EmailAccountDocument document = EmailAccountDocument.read(updates, body).orElseThrow();
    if (operation == Operation.UPDATE && !store.containsKey(document.account().id())) {
      return notFound();
    }
    if (operation == Operation.CREATE) {
      long id = nextId.incrementAndGet();
      document = document.with(account -> account.id(id));
    }
    put(document);
    return SimulatedAnswer.json(200, success(EMAIL_ACCOUNT, operation == Operation.CREATE ? "created" : "updated",
        document.account().id()));
  }

  private @Nullable Fault takeFault() {
    PendingFault current = fault.getAndUpdate(
        f -> f == null || f.remaining() <= 1 ? null : new PendingFault(f.fault(), f.remaining() - 1));
    return current == null ? null : current.fault();
  }

  private boolean mayEdit(@Nullable String authorization) {
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, "Basic ".length())) {
      Set<String> roles = issuedTokens.rolesOfBasic(authorization.substring("Basic ".length()).strip());
      return roles != null && roles.contains(EDIT_ROLE);
    }
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, "Bearer ".length())) {
      return false;
    }
    String token = authorization.substring("Bearer ".length()).strip();
    Set<String> roles = tokens.get(token);
    if (roles == null) {
      roles = issuedTokens.roles(token);
    }
    return roles != null && roles.contains(EDIT_ROLE);
  }

  private static @Nullable Long idIn(String segment) {
    try {
      return Long.parseLong(segment);
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }

  /** The API reference's 200 example, for this record. */
  static String success(String recordName, String verb, long id) {
    return "{\"Status\":200,\"Message\":\"" + recordName + " was successfully " + verb + ".\",\"Value\":{\"Id\":" + id + "},"
        + "\"OpenInDialog\":false,\"OpenInWindow\":false,\"RedirectURL\":null,\"JavaScript\":null,"
        + "\"UpdatedOn\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\",\"UpdatedBy\":\"admin@example.com\","
        + "\"Errors\":null,\"WasSuccessful\":true}";
  }

  @Override
  public String toString() {
    return "NexudusSimulator[" + (store.size() + entities.size()) + " records, " + requestCount() + " requests]";
  }

  /** The write limit: a sliding window of the times of the writes it let through. Thread-safe. */
  private static final class WriteLimit {
    private final Deque<Long> admitted = new ArrayDeque<>();
    private final AtomicInteger throttled = new AtomicInteger();
    private int writes;
    private long windowNanos;
    private Throttling shape = Throttling.CONFLICT;

    synchronized void set(int writes, Duration window, Throttling shape) {
      if (writes < 1 || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("writes and window must be positive: " + writes + ", " + window);
      }
      this.writes = writes;
      this.windowNanos = window.toNanos();
      this.shape = shape;
      admitted.clear();
    }

    synchronized void off() {
      writes = 0;
      admitted.clear();
      throttled.set(0);
    }

    int throttled() {
      return throttled.get();
    }

    /** Null when the write may go ahead (and counts it), else the throttling answer. */
    synchronized @Nullable SimulatedAnswer admit() {
      if (writes == 0) {
        return null;
      }
      long now = System.nanoTime();
      while (!admitted.isEmpty() && now - admitted.peekFirst() >= windowNanos) {
        admitted.removeFirst();
      }
      if (admitted.size() < writes) {
        admitted.addLast(now);
        return null;
      }
      throttled.incrementAndGet();
      long waitSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(windowNanos - (now - admitted.peekFirst()) + 999_999_999L));
      return switch (shape) {
        case CONFLICT -> new SimulatedAnswer(409, Map.of("Retry-After", "1"), "application/json", "", false);
        case TOO_MANY_REQUESTS -> new SimulatedAnswer(429, Map.of(), "text/plain", "Wait " + waitSeconds + " seconds", false);
      };
    }
  }

}
