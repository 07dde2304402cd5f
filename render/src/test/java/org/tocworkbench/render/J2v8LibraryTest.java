package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class J2v8LibraryTest {
    @Test
    void theExecutableStackFlagIsClearedAndNothingElseChanges() {
        ByteBuffer elf = ByteBuffer.allocate(64 + 2 * 56).order(ByteOrder.LITTLE_ENDIAN);
        elf.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1});
        elf.putLong(0x20, 64).putShort(0x36, (short) 56).putShort(0x38, (short) 2);
        elf.putInt(64, 1).putInt(68, 5);                   // PT_LOAD, r-x
        elf.putInt(64 + 56, 0x6474e551).putInt(68 + 56, 7); // PT_GNU_STACK, rwx
        byte[] bytes = elf.array();
        assertTrue(J2v8Library.clearExecutableStack(bytes));
        ByteBuffer after = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(6, after.getInt(68 + 56), "rw-");
        assertEquals(5, after.getInt(68), "other headers untouched");
    }

    @Test
    void somethingThatIsNotAnElf64FileIsLeftAlone() {
        assertFalse(J2v8Library.clearExecutableStack(new byte[100]));
    }
}
