package io.iamgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    /**
     * What CommonMark reads as the content of the code span at the start of {@code md}: it opens with a run of
     * n backticks and ends at the next run of exactly n; one space is stripped from each side when both
     * sides have one.
     */
    static String codeSpanContent(String md) {
        int n = 0;
        while (n < md.length() && md.charAt(n) == '`') {
            n++;
        }
        int i = n;
        while (i < md.length()) {
            int run = 0;
            while (i + run < md.length() && md.charAt(i + run) == '`') {
                run++;
            }
            if (run == n) {
                String content = md.substring(n, i);
                boolean strip = content.length() > 1 && content.startsWith(" ") && content.endsWith(" ");
                return strip ? content.substring(1, content.length() - 1) : content;
            }
            i += Math.max(run, 1);
        }
        throw new AssertionError("the code span never closes: " + md);
    }

    @Test
    void backticksInFileNameStayInsideCodeSpan() {
        for (String name : new String[] {"p`` x.json", "a`b", "``", "```x```", "` lead", "trail `", " spaced "}) {
            String span = MarkdownText.code(name);
            assertEquals(name, codeSpanContent(span + " | after"), span);
            assertTrue(span.endsWith("`"), span);
        }
    }

    @Test
    void anOrdinaryFileNameGetsAPlainCodeSpan() {
        assertEquals("`policies/Zoë 策略.json:3:7`", MarkdownText.code("policies/Zoë 策略.json:3:7"));
    }

    @Test
    void lineBreaksAndPipesCannotEndTheCellOrTheRow() {
        assertEquals("`a\\n\\| b`", MarkdownText.code("a\n| b"));
        assertEquals("x\\\\n\\|\\<script\\>&amp; é", MarkdownText.cell("x\n|<script>& é"));
    }

    @Test
    void aLinkCannotBeEndedByItsDestination() {
        assertEquals("https://x.test/a%29%20%0A%3Cb%3E", MarkdownText.link("https://x.test/a) \n<b>"));
    }
}
