package org.chainrule.grader.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zips byte by byte, so tests can make what {@code ZipOutputStream} will not: symbolic-link
 * entries (Unix mode in the external attributes) and hostile names, stored or deflated.
 */
public final class ZipBuilder {
    static final int REGULAR = 0100644;
    static final int SYMLINK = 0120777;

    private record Entry(String name, byte[] data, byte[] stored, int method, int mode, long crc) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public ZipBuilder add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8), true, REGULAR);
    }

    public ZipBuilder symlink(String name, String target) {
        return add(name, target.getBytes(StandardCharsets.UTF_8), false, SYMLINK);
    }

    public ZipBuilder add(String name, byte[] data, boolean deflate, int mode) {
        CRC32 crc = new CRC32();
        crc.update(data);
        byte[] stored = data;
        if (deflate) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            stored = out.toByteArray();
        }
        entries.add(new Entry(name, data, stored, deflate ? 8 : 0, mode, crc.getValue()));
        return this;
    }

    public Path write(Path zip) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        for (Entry e : entries) {
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            int offset = body.size();
            ByteBuffer local = le(30 + name.length);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x800).putShort((short) e.method())
                    .putInt(0).putInt((int) e.crc()).putInt(e.stored().length).putInt(e.data().length)
                    .putShort((short) name.length).putShort((short) 0).put(name);
            body.write(local.array());
            body.write(e.stored());
            ByteBuffer central = le(46 + name.length);
            central.putInt(0x02014b50).putShort((short) (3 << 8 | 20)).putShort((short) 20).putShort((short) 0x800)
                    .putShort((short) e.method()).putInt(0).putInt((int) e.crc()).putInt(e.stored().length)
                    .putInt(e.data().length).putShort((short) name.length).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(e.mode() << 16).putInt(offset).put(name);
            directory.write(central.array());
        }
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(directory.size()).putInt(body.size()).putShort((short) 0);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(body.toByteArray());
        all.write(directory.toByteArray());
        all.write(end.array());
        Files.createDirectories(zip.toAbsolutePath().getParent());
        return Files.write(zip, all.toByteArray());
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
