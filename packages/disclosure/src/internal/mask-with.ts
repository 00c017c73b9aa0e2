import { invalidInput, issue, maskCitizenId } from "@minzheng/core"
import type { PersonalFieldType } from "../notice/field-type.js"
import { maskAddress, maskDigits, maskPersonName } from "../notice/mask.js"
import type { MaskingPolicy } from "../notice/masking-policy.js"

/** Masks under an already-validated policy (the hot path of `buildNotice`): the field type (kebab-case) picks the policy entry (camelCase key). */
export const maskWith = (type: PersonalFieldType, value: string, policy: MaskingPolicy): string => {
  switch (type) {
    case "person-name":
      return maskPersonName(value, policy.personName.keep)
    case "citizen-id":
      return maskCitizenId(String(value), policy.citizenId)
    case "phone":
      return maskDigits(value, policy.phone.head, policy.phone.tail)
    case "address":
      return maskAddress(value, policy.address.keep)
    case "bank-account":
      return maskDigits(value, 0, policy.bankAccount.tail)
    default:
      throw invalidInput([issue(["type"], "invalid_type", "不是个人信息字段类型", "not a personal field type")])
  }
}
