package io.iamgate.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLoaderTest {

    @TempDir
    Path dir;

    private FileLoader.Result load(byte[] bytes) throws Exception {
        Path f = dir.resolve("p.json");
        Files.write(f, bytes);
        return new FileLoader().load(f, "p.json");
    }

    @Test
    void dropsAUtf8ByteOrderMark() throws Exception {
        var r = load(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'});
        assertEquals("{}", ((FileLoader.Loaded) r).file().text());
    }

    @Test
    void refusesInvalidUtf8NamingTheOffset() throws Exception {
        var r = load(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        String message = ((FileLoader.Failed) r).error().message();
        assertTrue(message.contains("not valid UTF-8") && message.contains("offset 2"), message);
    }

    @Test
    void refusesBinaryData() throws Exception {
        var r = load(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertTrue(((FileLoader.Failed) r).error().message().contains("binary"));
    }

    @Test
    void refusesFilesOverTheSizeLimit() throws Exception {
        Path f = dir.resolve("big.json");
        Files.write(f, new byte[2048]);
        var r = new FileLoader(1024).load(f, "big.json");
        assertTrue(((FileLoader.Failed) r).error().message().contains("larger than the limit"));
    }

    @Test
    void namesAMissingFile() {
        var r = new FileLoader().load(dir.resolve("absent.json"), "absent.json");
        assertInstanceOf(FileLoader.Failed.class, r);
        assertEquals("absent.json", ((FileLoader.Failed) r).error().file());
    }
}
