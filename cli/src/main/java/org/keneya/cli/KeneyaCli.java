package org.keneya.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.keneya.core.error.InvalidDataException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code keneya} command line: {@code report}, {@code convert}, {@code validate}, {@code diff}, {@code sample},
 * {@code schema}, {@code seeds} and {@code completion} (a bash completion script); {@code -} as INPUT
 * or OUTPUT is standard input or output. Every command has {@code --help}, with its defaults;
 * {@code --verbose} adds the stack trace to a failure. A failure is one line on stderr naming the file and the place in it, and an exit code:
 * {@value #EXIT_OK} ok, {@value #EXIT_DATA} invalid data, {@value #EXIT_USAGE} usage error,
 * {@value #EXIT_IO} I/O failure, {@value #EXIT_INTERNAL} an unexpected error (a bug). A script can so
 * tell a typo in an option from a full disk. {@code diff} exits as {@code diff} does: 0 equal, 1 different,
 * and 5 for an input that cannot be read as a dataset.
 *
 * <pre>{@code
 * java -jar keneya.jar report --as-of 2025-01-01 --format html --output report.html
 * java -jar keneya.jar convert data.json export.zip --delimiter ';' --bom
 *
 * // from Java, as the tests do: output and errors go to the streams given, nothing exits
 * int exit = KeneyaCli.run(System.out, System.err, "validate", "data.json");
 * }</pre>
 */
@Command(
    name = "keneya",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    versionProvider = KeneyaCli.Version.class,
    header = "Health-planning data as typed, validated records.",
    description = "Report on a dataset, convert it between JSON, JSON Lines, CSV and Excel, validate it, compare two, merge edited files into one, generate samples, "
        + "print its schema, write the embedded seeds. Without INPUT, report uses the data transcribed from the embedded "
        + "seed documents. - as INPUT or OUTPUT is standard input or output, with --from/--to naming the format.",
    subcommands = {
        ReportCommand.class, ConvertCommand.class, ValidateCommand.class, DiffCommand.class, MergeCommand.class,
        SampleCommand.class,
        SchemaCommand.class, SeedsCommand.class,
        CommandLine.HelpCommand.class},
    footer = {
        "",
        "Exit codes:",
        "  0  ok",
        "  1  invalid data: validation errors, or malformed content",
        "     (the message names the file and the place in it)",
        "  2  usage error: a wrong option or argument, an unknown format",
        "  3  unexpected error (a bug: --verbose prints the stack trace)",
        "  4  I/O failure: a file that cannot be read or written, a full disk,",
        "     a permission denied, a closed pipe (the message names the file)",
        "diff exits as diff does: 0 equal, 1 different, and 5 for an input that",
        "cannot be read as a dataset (see keneya diff --help)",
        "",
        "Formats, by extension or --from/--to:",
        "  .json   one JSON document        .jsonl  JSON Lines, one entity a line",
        "  .zip    CSV tables in a zip      folder  CSV tables (a directory, or a",
        "  .csv    one table, of the kind           path without extension)",
        "          --kind names or the file's stem (recommendation.csv)",
        "  .xlsx   an Excel workbook: a sheet per kind and per list, dropdowns",
        "",
        "Examples:",
        "  keneya report --as-of 2025-01-01 --format html --output report.html",
        "  keneya convert data.json export.zip --delimiter ';' --bom",
        "  keneya validate export.zip",
        "  keneya diff old.json new.zip --json",
        "  keneya sample --seed 7 --size 200 sample.jsonl",
        "  keneya seeds - --to jsonl | keneya validate - --from jsonl"})
public final class KeneyaCli implements Callable<Integer> {
  /** Success. */
  public static final int EXIT_OK = 0;
  /** Invalid data: validation errors, or content a codec refused (malformed JSON or CSV, a dangling reference). */
  public static final int EXIT_DATA = 1;
  /** A usage error: a wrong option or argument, an unknown format or kind. */
  public static final int EXIT_USAGE = 2;
  /** An unexpected error: a bug in Keneya or in a kind's description. */
  public static final int EXIT_INTERNAL = 3;
  /** An I/O failure: a file that cannot be read or written, a full disk, a permission, a closed pipe. */
  public static final int EXIT_IO = 4;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "On failure, print the stack trace too.")
  boolean verbose;

  @Spec
  CommandSpec spec;

  /** What {@code -} reads as INPUT: standard input, or a test's stream. */
  java.io.InputStream stdin = System.in;
  /** What {@code -} writes as OUTPUT, byte for byte: standard output, or a test's stream. */
  PrintStream stdout = System.out;

  /** Used by picocli. */
  public KeneyaCli() {}

  /** {@code keneya} with no command: the usage, as an error. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("keneya: missing command");
    spec.commandLine().usage(spec.commandLine().getErr());
    return EXIT_USAGE;
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String... args) {
    System.exit(run(System.out, System.err, args));
  }

  /**
   * Runs the command line with output on {@code out} and messages on {@code err} (both written as
   * UTF-8) and returns the exit code; nothing calls {@link System#exit}.
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return run(System.in, out, err, args);
  }

  /** As {@link #run(PrintStream, PrintStream, String...)}, with {@code in} read for {@code -} as INPUT. */
  public static int run(java.io.InputStream in, PrintStream out, PrintStream err, String... args) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    KeneyaCli root = new KeneyaCli();
    root.stdin = in;
    root.stdout = out;
    CommandLine commandLine = commandLine(root)
        .setOut(outWriter)
        .setErr(errWriter)
        .setExecutionExceptionHandler((e, command, parsed) -> failure(e, command, root.verbose || verbose(args)))
        .setParameterExceptionHandler(KeneyaCli::usageError);
    try {
      return unwritten(commandLine.execute(args), out, outWriter, errWriter);
    } catch (RuntimeException | Error e) { // what picocli lets through, such as an error loading a class
      return failure(e, commandLine, root.verbose || verbose(args));
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /**
   * The command line of {@code root} as every run uses it: its exit codes mapped by {@link ExitCodes},
   * and {@code completion}, picocli's generator of a bash and zsh completion script. Colours follow
   * picocli's {@link picocli.CommandLine.Help.Ansi#AUTO}: on only when the output is a terminal (and
   * neither {@code NO_COLOR} nor {@code -Dpicocli.ansi=false} says otherwise).
   */
  static CommandLine commandLine(KeneyaCli root) {
    CommandLine commandLine = new CommandLine(root);
    commandLine.addSubcommand("completion", new AutoComplete.GenerateCompletion());
    CommandSpec completion = commandLine.getSubcommands().get("completion").getCommandSpec();
    // picocli hides its generator and calls it generate-completion: keneya lists it, under its own
    // name and version, and says how to install the script
    completion.name("completion").versionProvider(new Version());
    completion.usageMessage()
        .hidden(false)
        .header("Prints a bash (or zsh) completion script for keneya.")
        .description(
            "Prints the completion script picocli generates from keneya's commands and options. It completes "
                + "a command named keneya: a script on the PATH or an alias such as alias keneya='java -jar "
                + "/path/to/keneya.jar'. zsh reads it after autoload -U +X bashcompinit && bashcompinit.")
        .footer("", "Examples:",
            "  source <(keneya completion)                  # in this shell",
            "  keneya completion > ~/.local/share/bash-completion/completions/keneya");
    // set after the last subcommand is added: picocli passes these settings to the subcommands present
    return commandLine
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExitCodeExceptionMapper(new ExitCodes());
  }

  /**
   * {@code code}, or {@value #EXIT_IO} when a command that succeeded could not write its standard
   * output (a closed pipe, {@code > file} on a full disk). A {@link PrintStream} hides its failures
   * behind {@link PrintStream#checkError()}: without this check the output would be lost with exit 0.
   */
  private static int unwritten(int code, PrintStream out, PrintWriter outWriter, PrintWriter err) {
    outWriter.flush();
    if (code != EXIT_OK || !out.checkError()) {
      return code;
    }
    err.println("keneya: standard output: cannot write: " + AtomicOutput.CLOSED);
    err.flush();
    return EXIT_IO;
  }

  /** {@code --verbose} before any {@code --}, wherever it is: also when parsing failed before it was set. */
  private static boolean verbose(String... args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      } else if (arg.equals("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A usage error: one line, suggestions for a typo, where to find help; the exit code, {@value
   * #EXIT_USAGE}, from {@link ExitCodes}.
   */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("keneya: " + oneLine(String.valueOf(e.getMessage())));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    if (verbose(args)) {
      e.printStackTrace(err);
    }
    err.flush();
    return command.getExitCodeExceptionMapper().getExitCode(e);
  }

  /**
   * One line on stderr and the exit code of a failure, which {@code command}'s {@link ExitCodes}
   * gives; the stack trace only when verbose.
   */
  static int failure(Throwable e, CommandLine command, boolean verbose) {
    int code = command.getExitCodeExceptionMapper().getExitCode(e);
    PrintWriter err = command.getErr();
    err.println("keneya: " + oneLine(String.valueOf(message(e, code, verbose))));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** What a failure that exits with {@code code} says: the message of a known failure, the words of a bug. */
  private static @Nullable String message(Throwable e, int code, boolean verbose) {
    String hint = verbose ? "" : " (--verbose prints the stack trace)";
    if (e instanceof ExceptionInInitializerError && e.getCause() != null) {
      // a class failed to initialize, such as the seeds failing their own validation
      return unexpected(e.getCause()) + hint;
    } else if (e instanceof CliException) {
      return e.getMessage();
    }
    switch (code) {
      case EXIT_DATA:
      case EXIT_USAGE:
        return e.getMessage();
      case EXIT_IO:
        // a last resort: DataFiles and AtomicOutput turn the I/O failures they see into CliExceptions naming the file
        return ioMessage(java.util.Objects.requireNonNull(CliException.ioCause(e)));
      default:
        return unexpected(e) + hint;
    }
  }

  /**
   * The exit code of a failure, as picocli's {@link IExitCodeExceptionMapper}: {@value #EXIT_USAGE}
   * for a wrong option or argument, a {@link CliException}'s own code, {@value #EXIT_DATA} for data
   * a reader or the validator refused, {@value #EXIT_IO} for an I/O failure however wrapped, and
   * {@value #EXIT_INTERNAL} for anything else: a bug.
   */
  static final class ExitCodes implements IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable e) {
      if (e instanceof ParameterException) {
        return EXIT_USAGE;
      } else if (e instanceof ExceptionInInitializerError && e.getCause() != null) {
        return EXIT_INTERNAL;
      } else if (e instanceof CliException) {
        return ((CliException) e).exitCode();
      } else if (e instanceof InvalidDataException && CliException.readFailureIn(e) == null) {
        return EXIT_DATA;
      } else if (CliException.ioCause(e) != null) {
        return EXIT_IO;
      } else if (e instanceof IllegalArgumentException) {
        return EXIT_USAGE;
      }
      return EXIT_INTERNAL;
    }
  }

  /** An I/O failure no command caught: the file, when the exception knows it, and what failed. */
  private static String ioMessage(IOException e) {
    String file = e instanceof FileSystemException ? ((FileSystemException) e).getFile() : null;
    return (file == null ? "" : file + ": ") + CliException.describe(e);
  }

  /**
   * What went wrong, for a person: no Java class name (those are for {@code --verbose}). Running out
   * of memory or stack is said in words, with what to do about it.
   */
  private static String unexpected(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "not enough memory: the Java heap is full (give java a larger -Xmx, or lower the read limits)";
    }
    if (e instanceof StackOverflowError) {
      return "unexpected error: the input is nested too deeply for the stack";
    }
    String detail = e.getMessage();
    return "unexpected error" + (detail == null || detail.isBlank() ? "" : ": " + detail) + " (a bug in Keneya)";
  }

  /** A message on one line: its lines joined with {@code "; "}. */
  static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", "; ");
  }

  /** The root command of {@code spec}'s command line: where its standard streams are. */
  static KeneyaCli root(CommandSpec spec) {
    return (KeneyaCli) spec.root().userObject();
  }

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = KeneyaCli.class.getPackage().getImplementationVersion();
      return new String[] {"keneya " + (version == null ? "(development build)" : version)};
    }
  }
}
