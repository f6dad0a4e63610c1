package org.chorus.kernel.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AesGcmTest {

    @Test
    void sealedTextOpensWithItsKeyAndHidesThePlaintext() {
        byte[] key = AesGcm.newKey();
        String bengali = "আমার গল্প: ডাক্তার দেখাতে তিন সপ্তাহ লেগেছে";

        SealedText sealed = AesGcm.seal("k1", key, bengali);

        assertThat(sealed.ciphertext()).doesNotContain("ডাক্তার");
        assertThat(AesGcm.open(sealed, key)).isEqualTo(bengali);
    }

    @Test
    void anotherKeyCannotOpenIt() {
        SealedText sealed = AesGcm.seal("k1", AesGcm.newKey(), "secret");

        assertThatThrownBy(() -> AesGcm.open(sealed, AesGcm.newKey())).isInstanceOf(SealedTextException.class);
    }

    @Test
    void ciphertextIsBoundToItsKeyId() {
        byte[] key = AesGcm.newKey();
        SealedText sealed = AesGcm.seal("k1", key, "secret");

        assertThatThrownBy(() -> AesGcm.open(new SealedText("k2", sealed.ciphertext()), key))
                .isInstanceOf(SealedTextException.class);
    }
}
