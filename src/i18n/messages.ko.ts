import type { Catalog } from './messages.en'

/** 한국어 UI 문구. Docker 출력은 번역하지 않는다. 명령어 뒤 조사는 발음에 따라 달라지므로 "명령"을 붙여 피한다. */
export const ko: Catalog = {
  'app.name': 'Wharf',
  'app.tagline': 'Docker 실습장',
  'app.skipToTerminal': '터미널로 건너뛰기',
  'app.loading': '시작하는 중…',

  'header.label': 'Wharf 도구 모음',
  'header.language': '언어',
  'header.theme': '테마',
  'header.fontSize': '글자 크기',
  'header.fontSmaller': '글자 작게',
  'header.fontLarger': '글자 크게',
  'header.fontSizeValue': '{size}px',
  'header.panels': '패널',
  'header.showPanels': '패널 보기',
  'header.hidePanels': '패널 숨기기',

  'theme.dark': '어두운 테마',
  'theme.light': '밝은 테마',
  'theme.contrast': '고대비',

  'layout.tabs': '화면 전환',
  'layout.terminalTab': '터미널',
  'layout.panelsTab': '패널',

  'terminal.label': '터미널',
  'terminal.hint': '여기에 docker 명령을 입력하세요. Tab으로 자동 완성, 위쪽 화살표로 이전 명령, Ctrl+C로 중단합니다.',

  'terminal.tabs': '터미널 목록',
  'terminal.newTab': '새 터미널',
  'terminal.closeTab': '터미널 {n} 닫기',
  'terminal.tabName': '터미널 {n}',
  'terminal.welcome': 'Wharf에 오신 것을 환영합니다. 브라우저 안의 Docker 실습장입니다. 아래에 docker 명령을 입력하세요. 도움말은 help를 입력하세요.',
  'terminal.help':
    '이 터미널은 docker 클라이언트가 설치된 작은 리눅스 호스트입니다.\n' +
    '  docker run hello-world          첫 번째 컨테이너 실행\n' +
    '  docker run -d -p 8080:80 nginx  웹 서버를 백그라운드에서 시작\n' +
    '  docker ps -a / docker images    컨테이너와 이미지 목록 보기\n' +
    '  docker --help                   모든 docker 명령 보기\n' +
    '호스트 명령: ls cd pwd cat echo printf mkdir rm cp mv grep wc head tail curl clear help.\n' +
    '키: Tab 자동 완성, 위/아래 명령 기록, Ctrl+C 중지, Ctrl+L 화면 지우기.',
  'terminal.restored': '이전 세션을 복원했습니다.',

  'panels.label': 'Docker 상태',
  'panels.close': '패널 닫기',

  'images.title': '이미지',
  'images.empty': '아직 이미지가 없습니다. {command} 명령을 실행해 보세요.',
  'images.untagged': '<none>',
  'images.size': '크기',
  'images.inUse': '컨테이너 {count}개에서 사용 중',
  'images.pulling': '{ref} 내려받는 중',
  'images.layerProgress': '레이어 {id}: {status}',

  'containers.title': '컨테이너',
  'containers.empty': '아직 컨테이너가 없습니다. {command} 명령을 실행해 보세요.',
  'containers.image': '이미지',
  'containers.ports': '포트',
  'containers.state.created': '생성됨',
  'containers.state.running': '실행 중',
  'containers.state.paused': '일시 중지됨',
  'containers.state.restarting': '다시 시작하는 중',
  'containers.state.removing': '삭제하는 중',
  'containers.state.exited': '종료됨',
  'containers.state.dead': '비정상 종료',

  'ports.title': '포트',
  'ports.empty': '공개된 포트가 없습니다. {command} 명령을 실행해 보세요.',
  'ports.open': '브라우저에서 {host} 열기 (컨테이너 {name}, 포트 {port})',
  'ports.container': '컨테이너',
}
