package cn.ronghe.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A person's own facts, as the administrator enters them and a roster row gives them: the birth
 * date is read from the ID number, the registry status is changed apart.
 */
public record PersonFacts(
    @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名最多 50 个字") String name,
    @NotNull(message = "请选择性别") @Pattern(regexp = "M|F", message = "性别为 M（男）或 F（女）") String gender,
    @NotBlank(message = "请填写公民身份号码") @Size(max = 18, message = "公民身份号码为 18 位") String idNumber,
    @Size(max = 100, message = "职务最多 100 个字") String post,
    @NotNull(message = "请选择所在组织") Long orgId,
    LocalDate hiredOn) {}
