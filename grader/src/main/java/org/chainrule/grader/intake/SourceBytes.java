package org.chainrule.grader.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A submitted source as the compiler wants it: UTF-8 without a byte-order mark. Editors on Windows
 * often save one: a UTF-8 file may start with the mark {@code EF BB BF} (which {@code javac} refuses
 * as an illegal character, U+FEFF), and "Unicode" in Notepad means UTF-16 with the mark
 * {@code FF FE} (little-endian) or {@code FE FF} (big-endian). So:
 * <pre>
 *   EF BB BF …   →  the rest, unchanged
 *   FF FE …      →  the rest read as UTF-16LE, written as UTF-8
 *   FE FF …      →  the rest read as UTF-16BE, written as UTF-8
 *   anything else →  unchanged (also a "UTF-16" file that is not valid UTF-16)
 * </pre>
 */
final class SourceBytes {
    private static final byte[] UTF8_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_MARK = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_MARK = {(byte) 0xFE, (byte) 0xFF};

    private SourceBytes() {
    }

    /** {@code bytes} as UTF-8 without a byte-order mark (see the class comment). */
    static byte[] utf8(byte[] bytes) {
        if (startsWith(bytes, UTF8_MARK)) {
            return Arrays.copyOfRange(bytes, UTF8_MARK.length, bytes.length);
        }
        if (startsWith(bytes, UTF16LE_MARK)) {
            return transcode(bytes, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, UTF16BE_MARK)) {
            return transcode(bytes, StandardCharsets.UTF_16BE);
        }
        return bytes;
    }

    private static byte[] transcode(byte[] bytes, Charset utf16) {
        try {
            String text = utf16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return bytes;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] mark) {
        return bytes.length >= mark.length && Arrays.equals(bytes, 0, mark.length, mark, 0, mark.length);
    }
}
