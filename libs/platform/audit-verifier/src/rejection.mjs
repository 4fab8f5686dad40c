/**
 * Why a packet is rejected, in Korean then in English, and where: the log's origin (added by the
 * caller that knows it). The CLI prints `message` and exits 1.
 * Example: `throw new Rejection('봉인 서명이 없습니다', 'the seal has no signature')`
 */
export class Rejection extends Error {
  /**
   * @param {string} korean
   * @param {string} english
   * @param {string} [origin]
   */
  constructor(korean, english, origin) {
    super(`거부: ${korean} (rejected: ${english})${origin === undefined ? '' : ` — ${origin}`}`);
    this.name = 'Rejection';
    this.korean = korean;
    this.english = english;
    this.origin = origin;
  }

  /**
   * The same rejection, placed in the log `origin` unless it already names one.
   * @param {string} origin
   * @returns {Rejection}
   */
  inLog(origin) {
    return this.origin === undefined ? new Rejection(this.korean, this.english, origin) : this;
  }
}

/**
 * Runs `check`, placing any rejection it throws in the log `origin`.
 * @template T
 * @param {string} origin
 * @param {() => T} check
 * @returns {T}
 */
export function withinLog(origin, check) {
  try {
    return check();
  } catch (error) {
    throw error instanceof Rejection ? error.inLog(origin) : error;
  }
}
