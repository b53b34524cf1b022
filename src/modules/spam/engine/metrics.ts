// Quality figures of a spam filter, spam being the positive class. "fpr" is the costly error
// for a journal: a reader's comment marked spam.

export interface Confusion {
  /** Spam marked spam. */
  tp: number;
  /** Ham marked spam: a reader silenced. */
  fp: number;
  /** Ham passed. */
  tn: number;
  /** Spam passed. */
  fn: number;
}

export interface Figures {
  n: number;
  spam: number;
  ham: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  fpr: number;
}

export function emptyConfusion(): Confusion {
  return { tp: 0, fp: 0, tn: 0, fn: 0 };
}

export function count(confusion: Confusion, actualSpam: boolean, markedSpam: boolean): void {
  if (actualSpam) markedSpam ? confusion.tp++ : confusion.fn++;
  else markedSpam ? confusion.fp++ : confusion.tn++;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Figures from a confusion matrix; an empty class gives 0 for the ratios it would divide by. */
export function figures(c: Confusion): Figures {
  const n = c.tp + c.fp + c.tn + c.fn;
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return {
    n,
    spam: c.tp + c.fn,
    ham: c.tn + c.fp,
    accuracy: ratio(c.tp + c.tn, n),
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    fpr: ratio(c.fp, c.fp + c.tn),
  };
}

/** Figures of probabilities against labels at one threshold (spam when p ≥ threshold). */
export function figuresAt(probabilities: ArrayLike<number>, labels: ArrayLike<number>, threshold: number): Figures {
  const c = emptyConfusion();
  for (let i = 0; i < labels.length; i++) count(c, labels[i] === 1, probabilities[i]! >= threshold);
  return figures(c);
}

/** Rounds every figure to 6 decimals for printing and storing. */
export function rounded(f: Figures): Figures {
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  return { n: f.n, spam: f.spam, ham: f.ham, accuracy: r(f.accuracy), precision: r(f.precision), recall: r(f.recall), f1: r(f.f1), fpr: r(f.fpr) };
}
