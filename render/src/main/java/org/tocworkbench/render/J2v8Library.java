package org.tocworkbench.render;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads J2V8's native library on Linux before J2V8 would, for two reasons. J2V8 unpacks its
 * 19 MB library into the home directory (or a given folder) and loads it as shipped, marked as
 * needing an executable stack, which makes the JVM print a warning about its stack guard on
 * every run. Here the library is unpacked into a temporary file, the mark is cleared (what
 * {@code execstack -c} does), loaded, and the file deleted at once; then J2V8 is told it is
 * loaded. When anything here fails, J2V8 loads the library its own way (with the warning).
 */
final class J2v8Library {
    private static final int PT_GNU_STACK = 0x6474e551;
    private static final int PF_X = 1;
    private static boolean loaded;

    private J2v8Library() {
    }

    static synchronized void preload(String resource) {
        if (loaded || !resource.endsWith(".so")) {
            return;
        }
        Path file = null;
        try (InputStream in = J2v8Library.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            byte[] library = in.readAllBytes();
            if (!clearExecutableStack(library)) {
                return;
            }
            Field flag = Class.forName("com.eclipsesource.v8.V8").getDeclaredField("nativeLibraryLoaded");
            flag.setAccessible(true);
            file = Files.createTempFile("toc-j2v8-", ".so");
            Files.write(file, library);
            System.load(file.toAbsolutePath().toString());
            flag.setBoolean(null, true);
            loaded = true;
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            // J2V8 will load its own copy
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    /** Clears the executable flag of the PT_GNU_STACK program header of a little-endian ELF64 file. */
    static boolean clearExecutableStack(byte[] elf) {
        if (elf.length < 64 || elf[0] != 0x7f || elf[1] != 'E' || elf[2] != 'L' || elf[3] != 'F'
                || elf[4] != 2 || elf[5] != 1) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        long headers = b.getLong(0x20);
        int size = Short.toUnsignedInt(b.getShort(0x36));
        int count = Short.toUnsignedInt(b.getShort(0x38));
        for (int i = 0; i < count; i++) {
            long at = headers + (long) i * size;
            if (at + 8 > elf.length) {
                return false;
            }
            if (b.getInt((int) at) == PT_GNU_STACK) {
                int flags = b.getInt((int) at + 4);
                b.putInt((int) at + 4, flags & ~PF_X);
                return true;
            }
        }
        return false;
    }
}
