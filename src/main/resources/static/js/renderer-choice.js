// Which renderer draws a large graph: WebGL only where a graphics card runs it.

let webglVerdict = null;

/**
 * The WebGL renderer pays off with a graphics card; on a software rasteriser (SwiftShader, llvmpipe: virtual
 * machines, headless browsers) it is many times slower than the 2D canvas, so it is used only with hardware.
 * {@code ?renderer=canvas|webgl} overrides the choice.
 */
export function useWebgl() {
  const forced = new URLSearchParams(window.location.search).get('renderer');
  if (forced === 'canvas' || forced === 'webgl') return forced === 'webgl';
  if (webglVerdict === null) {
    webglVerdict = false;
    try {
      const gl = document.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
      if (gl) {
        const info = gl.getExtension('WEBGL_debug_renderer_info');
        const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
        webglVerdict = !/swiftshader|llvmpipe|software|basic render/i.test(name);
        gl.getExtension('WEBGL_lose_context')?.loseContext();
      }
    } catch {
      webglVerdict = false;
    }
  }
  return webglVerdict;
}
