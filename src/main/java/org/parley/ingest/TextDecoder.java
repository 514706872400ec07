package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a scraped file into text: UTF-8 when they are UTF-8 (with or without a byte order
 * mark), else Windows-1252, the superset of Latin-1 that old pages and exports actually use.
 *
 * <p>Line ends are normalised to "\n" so that every reader sees one convention.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text of a file, and the charset it was read in when that was not UTF-8 (else null). */
    record Decoded(String text, String fallbackCharset) {
    }

    private TextDecoder() {
    }

    /** True when the bytes hold a NUL outside a UTF-16 file: the mark of a binary file, not an article. */
    static boolean isBinary(byte[] bytes, int length) {
        if (utf16(bytes, length) != null) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    static Decoded decode(byte[] bytes, int offset, int length) {
        Charset utf16 = utf16(bytes, length);
        if (offset == 0 && utf16 != null) {
            return new Decoded(normaliseLineEnds(new String(bytes, 2, length - 2, utf16)), null);
        }
        int start = offset;
        if (length - offset >= 3 && (bytes[offset] & 0xFF) == 0xEF && (bytes[offset + 1] & 0xFF) == 0xBB
                && (bytes[offset + 2] & 0xFF) == 0xBF) {
            start += 3;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, length - start))
                    .toString();
            return new Decoded(normaliseLineEnds(text), null);
        } catch (CharacterCodingException e) {
            return new Decoded(normaliseLineEnds(new String(bytes, start, length - start, WINDOWS_1252)), "windows-1252");
        }
    }

    /** CRLF and lone CR (old Mac files) become LF. */
    static String normaliseLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Charset utf16(byte[] bytes, int length) {
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
