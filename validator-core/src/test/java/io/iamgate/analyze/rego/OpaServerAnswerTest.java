package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.iamgate.analyze.AnalyzerException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an OPA server answers is shown in an error bounded and encoded, never as the server sent it. */
class OpaServerAnswerTest {

    @Test
    void opaServerAnswerIsShownBoundedAndEncoded() throws Exception {
        String hostile = "\u001b]0;retitled\u0007\r\n::add-mask::x\n" + "A".repeat(100_000);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = hostile.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            var engine = new OpaServerEngine(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
            String m = assertThrows(AnalyzerException.class, () -> engine.evaluate(List.of()))
                    .getMessage();
            assertTrue(m.contains("with HTTP 500: \\u001b]0;retitled\\u0007\\u000d\\u000a::add-mask::x\\u000aAAA"), m);
            assertTrue(m.contains("... (" + hostile.length() + " characters)"), m);
            assertTrue(m.length() < 500, m);
            assertFalse(m.chars().anyMatch(c -> c < 0x20), m);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aShortPrintableAnswerIsShownAsItIs() {
        assertEquals(
                "{\"code\": \"invalid_parameter\"}",
                OpaServerEngine.abbreviate(" {\"code\": \"invalid_parameter\"}\n"));
    }
}
