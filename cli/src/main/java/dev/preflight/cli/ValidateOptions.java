package dev.preflight.cli;

import dev.preflight.catalogue.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The options of {@code preflight validate}; {@code -} or no file means standard input. */
record ValidateOptions(String entity, Operation operation, boolean strict, boolean ndjson, List<String> files) {
  /** The entity validated when {@code --entity} is not given: the flagship. */
  static final String DEFAULT_ENTITY = "emailaccounts";

  static ValidateOptions parse(List<String> args) throws UsageException {
    String entity = DEFAULT_ENTITY;
    Operation operation = Operation.UPDATE;
    boolean strict = false;
    boolean ndjson = false;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--strict")) {
        strict = true;
      } else if (arg.equals("--ndjson")) {
        ndjson = true;
      } else if (arg.equals("--entity") || arg.startsWith("--entity=")) {
        entity = value(args, i, "--entity", "an entity name (preflight entities lists them)");
        i += arg.equals("--entity") ? 1 : 0;
      } else if (arg.equals("--operation") || arg.startsWith("--operation=")) {
        String value = value(args, i, "--operation", "update or create");
        i += arg.equals("--operation") ? 1 : 0;
        operation = switch (value.toLowerCase(Locale.ROOT)) {
          case "update" -> Operation.UPDATE;
          case "create" -> Operation.CREATE;
          default -> throw new UsageException("unknown operation '" + value + "': use update or create");
        };
      } else if (arg.startsWith("-") && !arg.equals("-")) {
        throw new UsageException("unknown option '" + arg + "'");
      } else {
        files.add(arg);
      }
    }
    if (files.isEmpty()) {
      files.add("-");
    }
    return new ValidateOptions(entity, operation, strict, ndjson, List.copyOf(files));
  }

  /** The value of option {@code name} at {@code args[i]}: {@code --name=value} or {@code --name value}. */
  static String value(List<String> args, int i, String name, String expected) throws UsageException {
    String arg = args.get(i);
    if (!arg.equals(name)) {
      return arg.substring(name.length() + 1);
    }
    if (i + 1 == args.size()) {
      throw new UsageException(name + " needs a value: " + expected);
    }
    return args.get(i + 1);
  }

  /** Whether every record gets one compact line (NDJSON out) rather than one pretty envelope. */
  boolean isBatch() {
    return ndjson || files.size() > 1;
  }
}
