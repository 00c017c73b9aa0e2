/**
 * A small seeded random source (mulberry32) so the demo street is the same on every run.
 *
 * @internal
 * @module
 */

export class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0 || 1
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: ReadonlyArray<T>): T {
    return items[Math.floor(this.next() * items.length)] as T
  }
}

const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文"
const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰红建国建华志强秀珍淑珍桂兰春梅海燕雪梅晓东晓红丽娟文华立新国强振华"

/** A Chinese name: a surname and one or two given-name characters. */
export const personName = (r: Random): string => {
  const given = Array.from(GIVEN)
  return `${r.pick(Array.from(SURNAMES))}${r.pick(given)}${r.chance(0.6) ? r.pick(given) : ""}`
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = "10X98765432"

/** A citizen ID number (GB 11643-1999) with a valid check character for a region, birth date and sequence. */
export const citizenId = (region: string, birthDate: string, sequence: number, sex: "male" | "female"): string => {
  const seq = sequence % 500 * 2 + (sex === "male" ? 1 : 0)
  const body = `${region}${birthDate.replace(/-/g, "")}${String(seq).padStart(3, "0")}`
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (WEIGHTS[i] as number)
  return body + CHECK[sum % 11]
}
