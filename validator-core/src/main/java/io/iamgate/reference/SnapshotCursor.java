package io.iamgate.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A read position in one of the bundled snapshots (the IAM reference, the AWS managed policies):
 * unsigned LEB128 varints, as their generators write them. Its errors name the snapshot and the
 * script that rewrites it, since only a stale or broken generated file gets here.
 */
final class SnapshotCursor {

    final byte[] data;
    int pos;
    private final String snapshot;
    private final String script;

    /** {@code snapshot} names it in messages ("IAM reference snapshot"); {@code script} rewrites it. */
    SnapshotCursor(byte[] data, int pos, String snapshot, String script) {
        this.data = data;
        this.pos = pos;
        this.snapshot = snapshot;
        this.script = script;
    }

    int count() throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            if (pos >= data.length) {
                throw corrupt("ends early");
            }
            byte b = data[pos++];
            value |= (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw corrupt("has a bad number at byte " + pos);
    }

    boolean bool() throws IOException {
        return count() != 0;
    }

    void skipList() throws IOException {
        for (int n = count(); n > 0; n--) {
            count();
        }
    }

    /** A string written in place: its UTF-8 byte length, then the bytes. */
    String inline() throws IOException {
        int length = count();
        if (length > data.length - pos) {
            throw corrupt("ends early");
        }
        String s = new String(data, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    void check() throws IOException {
        if (pos > data.length) {
            throw corrupt("ends early");
        }
    }

    /** "&lt;snapshot&gt; &lt;what&gt;: run &lt;script&gt;". */
    IOException corrupt(String what) {
        return new IOException(snapshot + " " + what + ": run " + script);
    }
}
