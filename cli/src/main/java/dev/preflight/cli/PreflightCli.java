package dev.preflight.cli;

import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.RuleDescription;
import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.Operation;
import dev.preflight.Validators;
import dev.preflight.jakarta.json.JsonLimits;
import dev.preflight.jakarta.json.JsonValidator;
import dev.preflight.jakarta.json.JsonValidators;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code preflight}: validates Nexudus records (EmailAccounts unless {@code --entity} names another
 * catalogue entity) offline and prints the envelope the
 * server would answer. Envelopes go to standard output; messages, progress and the summary to
 * standard error. Exit status 0: all valid; 1: some invalid; 2: usage or I/O error.
 */
public final class PreflightCli {
  static final int VALID = 0;
  static final int INVALID = 1;
  static final int ERROR = 2;

  static final String USAGE = """
      Usage: preflight validate [--entity NAME] [--operation update|create] [--strict] [--ndjson] [FILE ...]
             preflight rules [--entity NAME]
             preflight entities
             preflight --help | --version

      Validates Nexudus records offline (EmailAccounts, PUT /api/crm/emailaccounts, unless
      --entity names another) and prints the envelope the server would answer.

        validate      One FILE holding one JSON object: its envelope, pretty-printed.
                      Several FILEs, a FILE holding a JSON array, or --ndjson: one compact
                      envelope per record, one per line, in input order.
                      FILE '-' or no FILE reads standard input.
          --entity    the entity of the records: a name from 'preflight entities'
                      (default: emailaccounts)
          --operation update (default: Id required) or create (Id not required)
          --strict    report unknown properties as "is not a known field"
          --ndjson    one JSON record per line (blank lines are skipped)
        rules         the rule catalogue of the entity: id, message, properties
        entities      every entity Preflight knows: name, API path and its evidence,
                      number of fields

      Exit status: 0 all records valid, 1 some invalid, 2 usage or I/O error.
      """;

  private final InputStream stdin;
  private final OutputStream stdout;
  private final PrintStream stderr;
  private final boolean stdinClosed;
  private final boolean terminal;
  private final int workers;

  /**
   * A command line reading and writing these streams, as a program embedding the tool (or a test)
   * runs it: standard input open, no progress lines, one worker per processor.
   */
  public PreflightCli(InputStream stdin, OutputStream stdout, PrintStream stderr) {
    this(stdin, false, stdout, stderr, false, Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param stdinClosed whether standard input was closed when the process started ({@code stdin}
   *     is then not the user's input and is never read)
   * @param terminal whether stderr is a terminal (progress lines are shown)
   * @param workers threads validating NDJSON chunks (1: all on the calling thread)
   */
  PreflightCli(InputStream stdin, boolean stdinClosed, OutputStream stdout, PrintStream stderr, boolean terminal,
      int workers) {
    this.stdin = stdin;
    this.stdinClosed = stdinClosed;
    this.stdout = stdout;
    this.stderr = stderr;
    this.terminal = terminal;
    this.workers = workers;
  }

  public static void main(String[] args) {
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    // The launcher says whether stderr is a terminal; the JVM alone only knows about stdin/stdout.
    boolean terminal = System.console() != null || "1".equals(System.getenv("PREFLIGHT_PROGRESS"));
    int workers = Runtime.getRuntime().availableProcessors();
    int status = new PreflightCli(System.in, stdinClosed(), new FileOutputStream(FileDescriptor.out), err, terminal,
        workers).run(args);
    System.exit(status);
  }

  /**
   * Whether standard input was closed when the JVM started ({@code preflight validate - <&-}). The
   * JVM then opens its own files on descriptor 0, and {@code System.in} would read one of them. The
   * launcher says so (it gives the JVM /dev/null instead); started without it, on Linux, descriptor
   * 0 naming a file of the JDK or of this tool's jar tells.
   */
  static boolean stdinClosed() {
    if ("1".equals(System.getenv("PREFLIGHT_STDIN_CLOSED"))) {
      return true;
    }
    try {
      Path input = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
      Path jar = Path.of(PreflightCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return input.startsWith(Path.of(System.getProperty("java.home"))) || input.equals(jar);
    } catch (IOException | UnsupportedOperationException | SecurityException | java.net.URISyntaxException
        | IllegalArgumentException notLinux) {
      return false;
    }
  }

  /** Runs one command line; never throws. Returns the exit status (0 all valid, 1 some invalid, 2 usage or I/O error). */
  public int run(String... args) {
    List<String> arguments = Arrays.asList(args);
    try (Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16)) {
      if (arguments.isEmpty()) {
        stderr.print(USAGE);
        return ERROR;
      }
      if (arguments.get(0).equals("help") || arguments.contains("--help") || arguments.contains("-h")) {
        out.write(USAGE);
        return VALID;
      }
      return switch (arguments.get(0)) {
        case "--version" -> {
          out.write("preflight " + version() + "\n");
          yield VALID;
        }
        case "rules" -> {
          rules(rulesEntity(arguments.subList(1, arguments.size())), out);
          yield VALID;
        }
        case "entities" -> {
          if (arguments.size() > 1) {
            throw new UsageException("entities takes no arguments");
          }
          entities(out);
          yield VALID;
        }
        case "validate" -> validate(ValidateOptions.parse(arguments.subList(1, arguments.size())), out);
        default -> throw new UsageException("unknown command '" + arguments.get(0) + "'");
      };
    } catch (UsageException e) {
      stderr.println("preflight: " + e.getMessage() + ". Try 'preflight --help'.");
      return ERROR;
    } catch (IOException | UncheckedIOException e) {
      if (!isBrokenPipe(e)) {
        stderr.println("preflight: " + describe(e));
      }
      return ERROR;
    }
  }

  private int validate(ValidateOptions options, Writer out) throws IOException, UsageException {
    if (stdinClosed && options.files().contains("-")) {
      throw new UsageException("standard input is closed: give a FILE, or redirect standard input");
    }
    for (String file : options.files()) {
      if (!file.equals("-") && !Files.exists(Path.of(file))) {
        throw new NoSuchFileException(file);
      }
      if (!file.equals("-") && (!Files.isReadable(Path.of(file)) || Files.isDirectory(Path.of(file)))) {
        throw new AccessDeniedException(file);
      }
    }
    BatchRun run = new BatchRun(checker(options), out, stderr, terminal, workers);
    for (String file : options.files()) {
      try (InputStream in = new BufferedInputStream(file.equals("-") ? stdin : Files.newInputStream(Path.of(file)), 1 << 16)) {
        if (options.ndjson()) {
          run.ndjson(in);
        } else if (options.isBatch() || BatchRun.startsWithArray(in)) {
          run.lines(in, file.equals("-") ? "standard input" : file);
        } else {
          run.pretty(in);
        }
      }
    }
    out.flush();
    if (options.isBatch() || run.records() != 1) {
      stderr.println((terminal ? "\r" : "") + run.summary());
    }
    return run.invalid() == 0 ? VALID : INVALID;
  }

  /**
   * The JSON door of the entity, from the one registry. For EmailAccounts the registry's answer is
   * the flagship's standard validator, which is taken directly: the catalogue is then never loaded,
   * which keeps a single record's start-up short.
   */
  private static RecordChecker checker(ValidateOptions options) throws UsageException {
    if (isFlagship(options.entity())) {
      return new RecordChecker(JsonValidator.of(EmailAccountValidator.standard().forOperation(options.operation()),
          JsonLimits.DEFAULTS, options.strict()), "EmailAccount", options.operation());
    }
    Entity entity = entity(options.entity());
    if (!entity.supports(options.operation())) {
      throw new UsageException(entity.notOffered(options.operation().name().toLowerCase(Locale.ROOT)));
    }
    JsonValidator door = JsonValidators.of(Validators.standard(), JsonLimits.DEFAULTS, options.strict())
        .validator(entity.name(), options.operation());
    return new RecordChecker(door, entity.recordName(), options.operation());
  }

  private static boolean isFlagship(String entityName) {
    return entityName.equalsIgnoreCase(ValidateOptions.DEFAULT_ENTITY);
  }

  private static Entity entity(String name) throws UsageException {
    EntityCatalogue catalogue = EntityCatalogue.standard();
    return catalogue.entity(name).orElseThrow(() -> new UsageException("unknown entity '" + name + "'"
        + catalogue.likelyMeant(name).map(meant -> "; did you mean '" + meant.name() + "'?").orElse("")
        + " ('preflight entities' lists the " + catalogue.entities().size() + " it knows)"));
  }

  private static String rulesEntity(List<String> args) throws UsageException {
    String entity = ValidateOptions.DEFAULT_ENTITY;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--entity") || arg.startsWith("--entity=")) {
        entity = ValidateOptions.value(args, i, "--entity", "an entity name (preflight entities lists them)");
        i += arg.equals("--entity") ? 1 : 0;
      } else {
        throw new UsageException("rules takes only --entity NAME, not '" + arg + "'");
      }
    }
    return entity;
  }

  private static void rules(String entityName, Writer out) throws IOException, UsageException {
    if (isFlagship(entityName)) {
      for (RuleDescription row : EmailAccountValidator.standard().descriptions()) {
        rule(row.ruleId(), row.message(), row.propertyNames(), out);
      }
      return;
    }
    Entity entity = entity(entityName);
    if (entity.readOnly()) {
      throw new UsageException(entity.name() + " has no rules: " + entity.notOffered("write"));
    }
    Operation operation = entity.supports(Operation.UPDATE) ? Operation.UPDATE : Operation.CREATE;
    for (RuleDescription row : Validators.standard().validator(entity.name(), operation).descriptions()) {
      rule(row.ruleId(), row.message(), row.propertyNames(), out);
    }
  }

  private static void rule(String id, String message, List<String> properties, Writer out) throws IOException {
    out.write(String.format("%-22s %s%n%22s   %s%n", id, message, "", String.join(", ", properties)));
  }

  /**
   * {@code bookings  spaces/bookings  official page  create,update,delete  52 fields}, one line per
   * entity, by name; a read-only entity's fields are those its lists filter on.
   */
  private static void entities(Writer out) throws IOException {
    for (Entity entity : EntityCatalogue.standard().entities()) {
      String path = entity.apiPath() == null ? "(path unknown)" : entity.apiPath();
      String evidence = entity.pathEvidence() == null ? "" : entity.pathEvidence().label();
      List<String> writes = entity.writes();
      out.write(String.format("%-32s %-40s %-15s %-20s %3d fields%n", entity.name(), path, evidence,
          writes.isEmpty() ? "read-only" : String.join(",", writes), entity.fields().size()));
    }
  }

  private static String version() {
    String version = PreflightCli.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }

  /** Whether the reader of standard output went away ({@code preflight entities | head}): nothing to say to anyone. */
  private static boolean isBrokenPipe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    return cause != null && "Broken pipe".equals(cause.getMessage());
  }

  private static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    if (cause instanceof NoSuchFileException missing) {
      return "cannot read '" + missing.getFile() + "': no such file";
    }
    if (cause instanceof AccessDeniedException denied) {
      return "cannot read '" + denied.getFile() + "': not a readable file";
    }
    String message = cause.getMessage();
    return "I/O error: " + (message == null ? cause.getClass().getSimpleName() : message);
  }
}
