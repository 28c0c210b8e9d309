package cn.ronghe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Ronghe (融合): Party-building and discipline workflows for a people's court. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RongheApplication {

  public static void main(String[] args) {
    SpringApplication.run(RongheApplication.class, args);
  }
}
