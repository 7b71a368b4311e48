package dev.preflight.cli;

import dev.preflight.emailaccount.validation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The options of {@code preflight validate}; {@code -} or no file means standard input. */
record ValidateOptions(Operation operation, boolean strict, boolean ndjson, List<String> files) {

  static ValidateOptions parse(List<String> args) throws UsageException {
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
      } else if (arg.equals("--operation") || arg.startsWith("--operation=")) {
        String value;
        if (arg.equals("--operation")) {
          if (++i == args.size()) {
            throw new UsageException("--operation needs a value: update or create");
          }
          value = args.get(i);
        } else {
          value = arg.substring("--operation=".length());
        }
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
    return new ValidateOptions(operation, strict, ndjson, List.copyOf(files));
  }

  /** Whether every record gets one compact line (NDJSON out) rather than one pretty envelope. */
  boolean isBatch() {
    return ndjson || files.size() > 1;
  }
}
