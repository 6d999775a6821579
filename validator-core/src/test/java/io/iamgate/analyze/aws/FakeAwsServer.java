package io.iamgate.analyze.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local HTTP server speaking Access Analyzer's rest-json and IAM's awsQuery protocols with scripted
 * answers in the APIs' real shapes. Each operation has a responder (request -> response); every request is
 * recorded so tests can assert what the real SDK client sent.
 */
final class FakeAwsServer implements AutoCloseable {

    record Request(
            String operation,
            String method,
            String path,
            String query,
            Map<String, List<String>> headers,
            String body) {}

    record Response(int status, Map<String, String> headers, String body) {
        static Response json(String body) {
            return new Response(200, Map.of("Content-Type", "application/json"), body);
        }

        static Response error(int status, String type, String message) {
            return new Response(
                    status,
                    Map.of("Content-Type", "application/json", "x-amzn-ErrorType", type),
                    "{\"message\":\"" + message + "\"}");
        }

        static Response xml(String body) {
            return new Response(200, Map.of("Content-Type", "text/xml"), body);
        }

        Response withHeader(String name, String value) {
            Map<String, String> h = new HashMap<>(headers);
            h.put(name, value);
            return new Response(status, h, body);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-aws");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Function<Request, Response>> responders = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile long latencyMillis;

    FakeAwsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Operation names: ValidatePolicy, CheckAccessNotGranted, CheckNoPublicAccess, CheckNoNewAccess, or the IAM Action. */
    FakeAwsServer on(String operation, Function<Request, Response> responder) {
        responders.put(operation, responder);
        return this;
    }

    /** Answers in order; the last one repeats. */
    FakeAwsServer onSequence(String operation, Response... answers) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return on(operation, r -> answers[Math.min(n.getAndIncrement(), answers.length - 1)]);
    }

    void latency(long millis) {
        this.latencyMillis = millis;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<Request> requests(String operation) {
        return requests().stream().filter(r -> r.operation().equals(operation)).toList();
    }

    void clear() {
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String operation = switch (path) {
                case "/policy/validation" -> "ValidatePolicy";
                case "/policy/check-access-not-granted" -> "CheckAccessNotGranted";
                case "/policy/check-no-public-access" -> "CheckNoPublicAccess";
                case "/policy/check-no-new-access" -> "CheckNoNewAccess";
                default -> iamAction(body);
            };
            Request request = new Request(
                    operation,
                    exchange.getRequestMethod(),
                    path,
                    exchange.getRequestURI().getRawQuery(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body);
            requests.add(request);
            if (latencyMillis > 0) {
                Thread.sleep(latencyMillis);
            }
            Function<Request, Response> responder = responders.get(operation);
            Response response = responder == null
                    ? Response.error(400, "ValidationException", "no scripted answer for " + operation)
                    : responder.apply(request);
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("x-amzn-RequestId", "req-" + requests.size());
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String iamAction(String body) {
        for (String pair : body.split("&")) {
            if (pair.startsWith("Action=")) {
                return pair.substring("Action=".length());
            }
        }
        return "unknown";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
