/**
 * `numerator / denominator` rounded half up (四捨五入) to an integer, exactly. BigInt keeps
 * every digit: a float quotient such as 0.6665 × 100 lands on 66.64999… and would round the
 * wrong way at exactly the boundaries the published figure depends on.
 * Halves round toward +∞ (floor(x + ½)); the callers only pass non-negative quotients, where
 * this is the usual 四捨五入.
 */
export function roundHalfUpDiv(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("division by zero");
  const [n, d] = denominator < 0n ? [-numerator, -denominator] : [numerator, denominator];
  return floorDiv(2n * n + d, 2n * d);
}

/** Floor division for a positive divisor (BigInt `/` truncates toward zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}
