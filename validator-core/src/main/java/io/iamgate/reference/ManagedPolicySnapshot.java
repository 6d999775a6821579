package io.iamgate.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the AWS managed policy snapshot that scripts/update-managed-policies.mjs writes (its
 * {@code encode} comment describes the layout). Loading reads the string table's boundaries, the
 * header and the directory; a policy's document stays bytes until it is asked for, and strings are
 * decoded on first reference. Its string cache is an array of immutable strings, so threads racing
 * to fill a slot build equal values and either may be kept.
 */
final class ManagedPolicySnapshot {

    /** The snapshot layout this reader understands; bump with update-managed-policies.mjs FORMAT. */
    static final int FORMAT = 1;

    private static final byte[] MAGIC = "IAMMP".getBytes(StandardCharsets.US_ASCII);
    private static final String FIX = ": run scripts/update-managed-policies";
    /** Generous bound on the header's size: magic, format and five short strings. */
    private static final int HEADER_MAX = 1024;

    /** One policy in the directory: its document's value starts at {@code documentStart}. */
    record Entry(String name, String path, String versionId, int documentStart) {}

    private final byte[] data;
    /** String i is the bytes from stringStart[i] up to the 0 byte before stringStart[i + 1]. */
    private final int[] stringStart;

    private final String[] strings;

    private ManagedPolicySnapshot(byte[] data, SnapshotCursor in) throws IOException {
        this.data = data;
        int count = in.count();
        stringStart = new int[count + 1];
        int at = in.pos;
        for (int i = 0; i < count; i++) {
            stringStart[i] = at;
            while (at < data.length && data[at] != 0) {
                at++;
            }
            if (at == data.length) {
                throw new IOException("AWS managed policy snapshot ends in its string table" + FIX);
            }
            at++;
        }
        stringStart[count] = at;
        in.pos = at;
        strings = new String[count];
    }

    /** What the snapshot says about its making; the layout's header, before everything else. */
    record Header(String dataDate, String version, String generator, String source, String documentsDigest) {}

    static ManagedPolicies read(InputStream gzipped) throws IOException {
        byte[] data;
        try (InputStream in = new GZIPInputStream(gzipped, 1 << 16)) {
            data = in.readAllBytes();
        }
        SnapshotCursor in = cursor(data, 0);
        Header header = header(in);
        return new ManagedPolicySnapshot(data, in).policies(header, in);
    }

    /** Reads the header only: a few hundred bytes inflated, not the megabyte of policies. */
    static Header readHeader(InputStream gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(gzipped, 512)) {
            return header(cursor(in.readNBytes(HEADER_MAX), 0));
        }
    }

    private static Header header(SnapshotCursor in) throws IOException {
        for (byte b : MAGIC) {
            if (in.pos >= in.data.length || in.data[in.pos++] != b) {
                throw new IOException("not an AWS managed policy snapshot" + FIX);
            }
        }
        int format = in.count();
        if (format != FORMAT) {
            throw new IOException(
                    "AWS managed policy snapshot has format " + format + ", this loader reads " + FORMAT + FIX);
        }
        return new Header(in.inline(), in.inline(), in.inline(), in.inline(), in.inline());
    }

    private ManagedPolicies policies(Header header, SnapshotCursor in) throws IOException {
        int count = in.count();
        List<Entry> entries = new ArrayList<>(count);
        int[] lengths = new int[count];
        String[] names = new String[count];
        String[] paths = new String[count];
        String[] versions = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = string(in);
            paths[i] = string(in);
            versions[i] = string(in);
            lengths[i] = in.count();
        }
        int at = in.pos;
        for (int i = 0; i < count; i++) {
            entries.add(new Entry(names[i], paths[i], versions[i], at));
            at += lengths[i];
        }
        if (at != data.length || count == 0) {
            throw new IOException("AWS managed policy snapshot is truncated or corrupt" + FIX);
        }
        return new ManagedPolicies(header, entries, this);
    }

    /** The entry's document as compact JSON text, written as JavaScript's JSON.stringify writes it. */
    String document(Entry entry) {
        try {
            StringBuilder out = new StringBuilder(256);
            value(cursor(data, entry.documentStart()), out);
            return out.toString();
        } catch (IOException | RuntimeException e) {
            // The gzip CRC held at load time, so only a generator bug gets here.
            throw new IllegalStateException(
                    "AWS managed policy snapshot: cannot decode " + entry.name() + " (" + e.getMessage() + ")" + FIX,
                    e);
        }
    }

    // The documents are AWS's and a few levels deep (Statement, Condition, operator, key), so recursion is bounded.
    private void value(SnapshotCursor in, StringBuilder out) throws IOException {
        int token = in.count();
        int n = token >>> 2;
        switch (token & 3) {
            case 0 -> quoted(string(n), out);
            case 1 -> {
                out.append('[');
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    value(in, out);
                }
                out.append(']');
            }
            case 2 -> {
                out.append('{');
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    quoted(string(in), out);
                    out.append(':');
                    value(in, out);
                }
                out.append('}');
            }
            default -> out.append(string(n));
        }
    }

    /** JSON.stringify's quoting: the short escapes, other controls as lowercase backslash-u, the rest as is. */
    private static void quoted(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private String string(SnapshotCursor in) throws IOException {
        return string(in.count());
    }

    private String string(int i) throws IOException {
        if (i >= strings.length) {
            throw new IOException("string " + i + " out of range");
        }
        String s = strings[i];
        if (s == null) {
            s = new String(data, stringStart[i], stringStart[i + 1] - 1 - stringStart[i], StandardCharsets.UTF_8);
            strings[i] = s;
        }
        return s;
    }

    private static SnapshotCursor cursor(byte[] data, int pos) {
        return new SnapshotCursor(data, pos, "AWS managed policy snapshot", "scripts/update-managed-policies");
    }
}
