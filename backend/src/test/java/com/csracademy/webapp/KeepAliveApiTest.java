package com.csracademy.webapp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A keep-alive connection keeps answering when a request arrives while the previous one is still being finished and
 * is then answered at once, without waiting for anything. Reactor Netty up to 1.3.7 stopped reading such a
 * connection (reactor-netty#4361): the client's next request stayed unread in the socket for good. Browsers and
 * HTTP clients send their next request as soon as they have a response, so this happened under load — a request
 * answered from memory (a 429, a cached ping) right after one that read the store — and once in CI.
 */
class KeepAliveApiTest extends ApiTest {

    private static final int READ_TIMEOUT_MS = 10_000;

    @LocalServerPort
    int port;

    @Test
    void aConnectionAnswersTheRequestAfterAQueuedOneThatWasAnsweredAtOnce() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(READ_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // the first reads the store (answered later, on the driver's thread); the second is queued behind it
            // and is answered from memory as soon as it is dispatched
            out.write((get("/api/v1/dev/people") + get("/api/v1/auth/config")).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readResponse(in)).startsWith("HTTP/1.1 200");
            assertThat(readResponse(in)).startsWith("HTTP/1.1 200").contains("\"mode\"");

            out.write(get("/api/v1/auth/config").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                assertThat(readResponse(in)).startsWith("HTTP/1.1 200");
            } catch (SocketTimeoutException e) {
                fail("The connection stopped reading: no answer to the third request in " + READ_TIMEOUT_MS + " ms");
            }
        }
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n";
    }

    /** One HTTP/1.1 response: the head and a body framed by Content-Length or chunked encoding. */
    private static String readResponse(InputStream in) throws IOException {
        String head = readUntil(in, "\r\n\r\n");
        String lower = head.toLowerCase(Locale.ROOT);
        StringBuilder body = new StringBuilder();
        if (lower.contains("transfer-encoding: chunked")) {
            while (true) {
                int size = Integer.parseInt(readUntil(in, "\r\n").trim().split(";")[0], 16);
                if (size == 0) {
                    readUntil(in, "\r\n");
                    break;
                }
                body.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
                readUntil(in, "\r\n");
            }
        } else {
            int at = lower.indexOf("content-length:");
            int length = at < 0 ? 0
                    : Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).trim());
            body.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
        return head + body;
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] terminator = end.getBytes(StandardCharsets.US_ASCII);
        int matched = 0;
        while (matched < terminator.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The connection closed after: " + read.toString(StandardCharsets.UTF_8));
            }
            read.write(b);
            matched = b == terminator[matched] ? matched + 1 : (b == terminator[0] ? 1 : 0);
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
