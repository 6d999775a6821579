package io.iamgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void escapeSequencesAreShownEscapedOnTerminal() {
        // clear screen, set the window title (ended by BEL), then a carriage return to overwrite the line
        assertEquals(
                "\\u001b[2J\\u001b]0;pwned\\u0007\\rall clear",
                TerminalText.escape("\u001b[2J\u001b]0;pwned\u0007\rall clear"));
        assertEquals("a\\nb\\tc\\u007f\\u009b", TerminalText.escape("a\nb\tc\u007f\u009b"));
    }

    @Test
    void bidiControlsLineSeparatorsAndLoneSurrogatesAreShownEscaped() {
        assertEquals("admin\\u202e\\u2066x\\u2028y\\ud800", TerminalText.escape("admin\u202e\u2066x\u2028y\ud800"));
    }

    @Test
    void ordinaryUnicodeTextIsPrintedAsIs() {
        String text = "Política de acceso für Zoë — 访问策略 ポリシー 🔒 C:\\path (50%) `code`";
        assertEquals(text, TerminalText.escape(text));
    }
}
