package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Start-up reads only the subcommand a run names; help and mistakes still see them all. */
class SubcommandSelectionTest {

    private static final List<String> ALL = List.of("validate", "baseline", "audit", "principals", "diff");

    @Test
    void aRunThatNamesItsSubcommandFirstIsGivenThatOneOnly() {
        for (String name : ALL) {
            assertEquals(
                    List.of(name),
                    List.copyOf(Main.commandLine(new String[] {name, "x"})
                            .getSubcommands()
                            .keySet()));
        }
    }

    @Test
    void helpVersionAndUnknownNamesAreGivenEverySubcommand() {
        for (String[] args : List.of(
                new String[] {},
                new String[] {"--help"},
                new String[] {"--version"},
                new String[] {"Validate"},
                new String[] {"-v", "validate"})) {
            assertEquals(
                    ALL, List.copyOf(Main.commandLine(args).getSubcommands().keySet()), String.join(" ", args));
        }
        Cli.Result help = Cli.run("--help");
        assertEquals(0, help.exitCode(), help.all());
        ALL.forEach(name -> assertTrue(help.out().contains("  " + name + " "), help.out()));
        Cli.Result typo = Cli.run("valdate", ".");
        assertEquals(2, typo.exitCode(), typo.all());
        assertTrue(typo.err().contains("valdate"), typo.err());
    }
}
