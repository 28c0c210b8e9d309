package cn.ronghe.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The PDF reports' Chinese font: configured, found among the system's, or a clear 503. */
class PdfFontsTest {

  @Test
  void aConfiguredFontThatIsNotThereIsA503SayingWhich() {
    PdfFonts fonts = new PdfFonts("/nonexistent/fonts/kai.ttf");

    assertThat(fonts.location()).isEmpty();
    assertThatThrownBy(fonts::chinese)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
              assertThat(e.code()).isEqualTo("pdf.font-missing");
              assertThat(e.getMessage()).contains("/nonexistent/fonts/kai.ttf");
            });
  }

  @Test
  void withoutConfigurationTheSystemsCjkFontIsEmbedded() {
    // The build machine has Debian's fonts-noto-cjk (README: Test it); so does the Docker image.
    PdfFonts fonts = new PdfFonts("");

    assertThat(fonts.location()).hasValueSatisfying(l -> assertThat(l).contains("CJK"));
    assertThat(fonts.chinese().charExists('警')).isTrue();
    assertThat(fonts.chinese()).isSameAs(fonts.chinese());
  }
}
