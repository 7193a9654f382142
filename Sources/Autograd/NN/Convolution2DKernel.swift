/// The arithmetic of a grouped 2-D convolution over row-major `(N, C, H, W)` values: forward, and the
/// gradients for input and weight (the bias gradient is a plain sum).
struct Convolution2DKernel {
  let geometry: Conv2dGeometry
  let outChannels: Int
  let groups: Int

  private var inPerGroup: Int { geometry.channels / groups }
  private var outPerGroup: Int { outChannels / groups }

  /// Multiply-adds of one pass, for the work budget.
  var multiplyAdds: Int {
    let g = geometry
    let perOutput = inPerGroup.multipliedReportingOverflow(by: g.kernel.0 * g.kernel.1).partialValue
    let outputs = [g.batch, outChannels, g.outHeight, g.outWidth].reduce(1) {
      $0.multipliedReportingOverflow(by: $1).partialValue
    }
    return outputs.multipliedReportingOverflow(by: perOutput).partialValue
  }

  private func inputIndex(_ n: Int, _ c: Int, _ h: Int, _ w: Int) -> Int {
    ((n * geometry.channels + c) * geometry.height + h) * geometry.width + w
  }

  private func weightIndex(_ o: Int, _ c: Int, _ kh: Int, _ kw: Int) -> Int {
    ((o * inPerGroup + c) * geometry.kernel.0 + kh) * geometry.kernel.1 + kw
  }

  private func outputIndex(_ n: Int, _ o: Int, _ oh: Int, _ ow: Int) -> Int {
    ((n * outChannels + o) * geometry.outHeight + oh) * geometry.outWidth + ow
  }

  /// Visits every (output position, input position, weight position) triple that contributes.
  private func forEachTap(_ body: (_ out: Int, _ input: Int, _ weight: Int) -> Void) {
    let g = geometry
    for n in 0..<g.batch {
      for o in 0..<outChannels {
        let group = o / outPerGroup
        for oh in 0..<g.outHeight {
          for ow in 0..<g.outWidth {
            let out = outputIndex(n, o, oh, ow)
            for c in 0..<inPerGroup {
              for kh in 0..<g.kernel.0 {
                for kw in 0..<g.kernel.1 {
                  guard let (ih, iw) = g.source(oh, ow, kh, kw) else { continue }
                  body(out, inputIndex(n, group * inPerGroup + c, ih, iw), weightIndex(o, c, kh, kw))
                }
              }
            }
          }
        }
      }
    }
  }

  func forward(_ x: [Double], _ w: [Double], _ bias: [Double]?, single: Bool) -> [Double] {
    let g = geometry
    var out = [Double](repeating: 0, count: g.batch * outChannels * g.outHeight * g.outWidth)
    if single {
      var sums = [Float](repeating: 0, count: out.count)
      forEachTap { o, i, k in sums[o] = sums[o].addingProduct(Float(x[i]), Float(w[k])) }
      for index in out.indices {
        let channel = (index / (g.outHeight * g.outWidth)) % outChannels
        out[index] = Double(sums[index] + Float(bias?[channel] ?? 0))
      }
    } else {
      forEachTap { o, i, k in out[o] = out[o].addingProduct(x[i], w[k]) }
      for index in out.indices {
        out[index] += bias?[(index / (g.outHeight * g.outWidth)) % outChannels] ?? 0
      }
    }
    return out
  }

  func backward(_ dy: [Double], input x: [Double], weight w: [Double], single: Bool) -> ([Double], [Double]) {
    var gradInput = [Double](repeating: 0, count: x.count)
    var gradWeight = [Double](repeating: 0, count: w.count)
    forEachTap { o, i, k in
      gradInput[i] += dy[o] * w[k]
      gradWeight[k] += dy[o] * x[i]
    }
    if single {
      gradInput = gradInput.map { Double(Float($0)) }
      gradWeight = gradWeight.map { Double(Float($0)) }
    }
    return (gradInput, gradWeight)
  }
}
